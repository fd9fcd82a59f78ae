package vn.danvan.workflow.petition;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.workflow.security.Caller;

/**
 * The one way to a petitioner's identity. A denouncer's (Luật Tố cáo 2018, art. 47–48: the denouncer's identity is
 * protected) is shown only to the petition's handling officer (whoever holds or last held its task) and to the
 * leaders of the unit handling it ({@code lanh-dao-<unit>}); other petitioners' to the officers of the units that
 * see the petition. Every attempt, shown or not, is written to {@code petitioner_identity_read}.
 */
@Component
public class Petitioners {

  private final PetitionerIdentityRepository identities;
  private final IdentityReadRepository reads;
  private final Clock clock;

  Petitioners(PetitionerIdentityRepository identities, IdentityReadRepository reads, Clock clock) {
    this.identities = identities;
    this.reads = reads;
    this.clock = clock;
  }

  /** The identity if the caller may read it; the attempt is logged either way. */
  @Transactional
  public Optional<PetitionerIdentity> read(Petition petition, Caller caller, boolean seesPetition) {
    boolean granted = mayRead(petition, caller, seesPetition);
    reads.save(new IdentityRead(petition.getId(), caller.username(), clock.instant(), granted));
    return granted ? identities.findById(petition.getId()) : Optional.empty();
  }

  /** Who reads the identity to address an answer letter: the service itself, logged as any reader is. */
  public static final String ANSWER_LETTER_READER = "van-ban-tra-loi";

  /**
   * The name an answer letter is addressed to; none for a denunciation, whose author is told separately and whose
   * identity goes on no paper. The read is logged under {@link #ANSWER_LETTER_READER}.
   */
  @Transactional
  public Optional<String> nameForAnswerLetter(Petition petition) {
    if (petition.getKind().protectsPetitioner()) {
      return Optional.empty();
    }
    reads.save(new IdentityRead(petition.getId(), ANSWER_LETTER_READER, clock.instant(), true));
    return identities.findById(petition.getId()).map(PetitionerIdentity::getName);
  }

  static boolean mayRead(Petition petition, Caller caller, boolean seesPetition) {
    if (!petition.getKind().protectsPetitioner()) {
      return seesPetition;
    }
    String leaderUnit = petition.getHandlingUnitId() != null ? petition.getHandlingUnitId()
        : petition.getReceivingUnitId();
    return caller.username().equals(petition.getHandlingOfficer())
        || caller.belongsTo(PetitionProcess.leaderGroup(leaderUnit));
  }
}
