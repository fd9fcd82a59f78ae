package vn.danvan.workflow.petition;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One attempt to read a petitioner's identity: who, when, whether it was shown. */
@Entity
@Table(name = "petitioner_identity_read")
public class IdentityRead {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long petitionId;

  private String reader;

  private Instant readAt;

  private boolean granted;

  protected IdentityRead() {
  }

  IdentityRead(Long petitionId, String reader, Instant readAt, boolean granted) {
    this.petitionId = petitionId;
    this.reader = reader;
    this.readAt = readAt;
    this.granted = granted;
  }

  public Long getPetitionId() { return petitionId; }

  public String getReader() { return reader; }

  public Instant getReadAt() { return readAt; }

  public boolean isGranted() { return granted; }
}
