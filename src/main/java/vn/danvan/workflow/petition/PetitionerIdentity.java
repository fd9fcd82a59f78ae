package vn.danvan.workflow.petition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who sent a petition. Kept apart from the petition and never a process variable; read through {@link Petitioners}. */
@Entity
@Table(name = "petitioner_identity")
public class PetitionerIdentity {

  @Id
  private Long petitionId;

  @Column(name = "full_name")
  private String name;

  private String contact;

  private String address;

  protected PetitionerIdentity() {
  }

  PetitionerIdentity(Long petitionId, String name, String contact, String address) {
    this.petitionId = petitionId;
    this.name = name;
    this.contact = contact;
    this.address = address;
  }

  public Long getPetitionId() { return petitionId; }

  public String getName() { return name; }

  public String getContact() { return contact; }

  public String getAddress() { return address; }
}
