package vn.danvan.workflow.petition;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.organisation.UnitDirectory;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;

/** The officials' side, for the API and the page alike: who may record for a unit and who sees which petition. */
@Component
public class PetitionDesk {

  private final Petitions petitions;
  private final UnitDirectory directory;

  PetitionDesk(Petitions petitions, UnitDirectory directory) {
    this.petitions = petitions;
    this.directory = directory;
  }

  /** A desk records for its own units only (403). */
  Petition record(PetitionReceipt receipt, Caller caller) {
    if (receipt.unitId() != null && !caller.belongsTo(receipt.unitId()) && !caller.isAdmin()) {
      throw ApiException.forbidden();
    }
    return petitions.receive(receipt);
  }

  Set<String> visibleUnits(Caller caller) {
    return directory.visibleUnitIds(caller.groups());
  }

  boolean sees(Petition petition, Caller caller) {
    if (caller.username().equals(petition.getHandlingOfficer())) {
      return true;
    }
    Set<String> visible = visibleUnits(caller);
    return visible.contains(petition.getReceivingUnitId())
        || petition.getHandlingUnitId() != null && visible.contains(petition.getHandlingUnitId());
  }

  /** Another unit's petition is 404, as another unit's model is. */
  public Petition visible(long id, Caller caller) {
    return petitions.find(id).filter(p -> sees(p, caller))
        .orElseThrow(() -> ApiException.notFound("đơn", id));
  }
}
