package vn.danvan.workflow.petition;

/** STUB (replaced at merge by branch h-petition, where it is a JPA entity). */
public class Petition {

  private final Long id;
  private final String trackingCode;

  Petition(Long id, String trackingCode) {
    this.id = id;
    this.trackingCode = trackingCode;
  }

  public Long getId() { return id; }

  public String getTrackingCode() { return trackingCode; }
}
