package vn.danvan.workflow.document;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a document's template shows, taken from the recorded decision: who issues it, its number and date,
 * its title, who proposed it (and the paper proposing it), the signer, and the annexed list (a decision) or the one recipient (a certificate).
 * Texts are NFC, where every Vietnamese letter is one character with one glyph.
 */
public record Paper(DocumentKind kind, Long modelId, Letterhead issuer, String authority, String number, LocalDate date,
    String title, String proposer, String basis, String signerName, int year, String levelName, String recipient,
    String recipientUnit, String achievement, String rewardForm, List<AnnexRow> annex) {

  /** One line of a decision's annex: the recognised or rewarded model and its unit. */
  public record AnnexRow(int order, String name, String kind, String unit, String field, String result) {
  }

  public Paper {
    authority = nfc(authority);
    title = nfc(title);
    proposer = nfc(proposer);
    basis = nfc(basis);
    signerName = nfc(signerName);
    recipient = nfc(recipient);
    recipientUnit = nfc(recipientUnit);
    achievement = nfc(achievement);
    rewardForm = nfc(rewardForm);
    annex = annex == null ? List.of() : annex.stream().map(row -> new AnnexRow(row.order(), nfc(row.name()),
        nfc(row.kind()), nfc(row.unit()), nfc(row.field()), nfc(row.result()))).toList();
  }

  /** "Xuân Trường, ngày 05 tháng 01 năm 2027": day and month under 10 (month under 3) with a leading zero (NĐ 30). */
  public String placeAndDate() {
    return nfc(issuer.place()) + ", " + dayText();
  }

  /** "ngày 05 tháng 01 năm 2027". */
  public String dayText() {
    String day = (date.getDayOfMonth() < 10 ? "0" : "") + date.getDayOfMonth();
    String month = (date.getMonthValue() < 3 ? "0" : "") + date.getMonthValue();
    return "ngày " + day + " tháng " + month + " năm " + date.getYear();
  }

  static String nfc(String text) {
    return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
