package vn.danvan.workflow.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The letterhead of a deciding group (Nghị định 30/2020/NĐ-CP, Phụ lục I): "ỦY BAN NHÂN DÂN / HUYỆN XUÂN TRƯỜNG"
 * top left, "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN XUÂN TRƯỜNG" under the title, "Xuân Trường, ngày ..." and the signing
 * block ("TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH"). Data: a reorganisation changes rows.
 */
@Entity
@Table(name = "document_issuer")
public class Issuer {

  @Id
  @Column(name = "actor_group")
  private String actorGroup;
  @Column(name = "parent_body")
  private String parentBody;
  @Column(name = "issuing_body")
  private String issuingBody;
  @Column(name = "authority_line")
  private String authorityLine;
  private String place;
  @Column(name = "signing_capacity")
  private String signingCapacity;
  @Column(name = "signer_position")
  private String signerPosition;

  protected Issuer() {
  }

  public Issuer(String actorGroup, String parentBody, String issuingBody, String authorityLine, String place,
      String signingCapacity, String signerPosition) {
    this.actorGroup = actorGroup;
    this.parentBody = parentBody;
    this.issuingBody = issuingBody;
    this.authorityLine = authorityLine;
    this.place = place;
    this.signingCapacity = signingCapacity;
    this.signerPosition = signerPosition;
  }

  Letterhead letterhead() {
    return new Letterhead(parentBody, issuingBody, authorityLine, place, signingCapacity, signerPosition);
  }

  public String getActorGroup() { return actorGroup; }
}
