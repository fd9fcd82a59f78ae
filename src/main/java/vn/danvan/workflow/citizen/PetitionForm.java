package vn.danvan.workflow.citizen;

/**
 * What the public form sends. {@code website} is the honeypot: a field people never see (nor a screen reader
 * announces), which form-filling robots fill in; {@code stamp} is the signed time the form was shown ({@link FormStamp}).
 */
record PetitionForm(String kind, String unitId, String name, String contact, String address, String subject,
    String content, String website, String stamp) {

  static final int NAME_MAX = 200;
  static final int CONTACT_MAX = 200;
  static final int ADDRESS_MAX = 500;
  static final int SUBJECT_MAX = 300;
  static final int CONTENT_MAX = 10_000;

  static PetitionForm empty() {
    return new PetitionForm(null, null, null, null, null, null, null, null, null);
  }

  PetitionForm withStamp(String newStamp) {
    return new PetitionForm(kind, unitId, name, contact, address, subject, content, null, newStamp);
  }

  boolean caughtInTheHoneypot() {
    return website != null && !website.isEmpty();
  }
}
