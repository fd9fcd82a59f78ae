package vn.danvan.workflow.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.reminder.GroupMail;
import vn.danvan.workflow.reward.RewardGranted;
import vn.danvan.workflow.reward.RewardProposal;
import vn.danvan.workflow.reward.RewardStatus;

/**
 * The reward letter: once a reward decision has committed, every member of the model's unit with an e-mail
 * address gets a plain-text letter (document/mail/reward-granted.txt) naming the decision, with the absolute
 * address of the decision's page and of the public verification page of the Giấy khen, which is issued for it
 * now (the code is known only when a document is made). Sent by an engine job written with the decision
 * ({@link DocumentJobs}); without an SMTP server nothing is rendered or sent: the unit has the in-app
 * notification the decision's step left.
 */
@Component
class RewardLetters {

  private static final Logger log = LoggerFactory.getLogger(RewardLetters.class);
  private static final String TEMPLATE = "document/mail/reward-granted.txt";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  /** The letter: first line the subject, the rest the body. */
  record Letter(String subject, String body) {
  }

  private final GroupMail mail;
  private final GrantedRewards rewards;
  private final ModelRepository models;
  private final UnitRepository units;
  private final Documents documents;
  private final DocumentSettings settings;
  private final ProcessEngineConfigurationImpl engine;
  private final String template = read();

  RewardLetters(GroupMail mail, GrantedRewards rewards, ModelRepository models, UnitRepository units,
      Documents documents, DocumentSettings settings, ProcessEngineConfigurationImpl engine) {
    this.mail = mail;
    this.rewards = rewards;
    this.models = models;
    this.units = units;
    this.documents = documents;
    this.settings = settings;
    this.engine = engine;
  }

  /**
   * In the decision's command: the letter's job ({@link DocumentJobs}) commits with the decision or not at all.
   * Without an SMTP server there is no job: the unit has the in-app notification the decision's step left.
   */
  @EventListener
  void granted(RewardGranted granted) {
    if (!mail.enabled() || granted.proposalId() == null) {
      return;
    }
    engine.getCommandExecutorTxRequired().execute(command -> {
      DocumentJobs.schedule(command, DocumentJobs.REWARD_LETTER, granted.proposalId());
      return null;
    });
  }

  /** Run by the letter's job: a failure to send throws, so the job is retried and ends as an incident. */
  void send(long proposalId) {
    letter(proposalId).ifPresent(addressed -> mail.send(addressed.unitId(), addressed.letter().subject(),
        addressed.letter().body(), "<reward." + proposalId + "@danvan-workflow>"));
  }

  record Addressed(String unitId, Letter letter) {
  }

  /** The letter to the unit of a granted proposal, its Giấy khen issued; empty when it is not granted. */
  Optional<Addressed> letter(long proposalId) {
    Optional<RewardProposal> found = rewards.findById(proposalId)
        .filter(p -> p.getStatus() == RewardStatus.GRANTED && p.getDecision().getNumber() != null);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    RewardProposal proposal = found.get();
    MobilizationModel model = models.findById(proposal.getModelId()).orElseThrow();
    Map<String, String> values = new HashMap<>();
    values.put("kind", model.getKind().label());
    values.put("model", model.getName());
    values.put("unit", units.findById(model.getUnitId()).map(Unit::getName).orElse(model.getUnitId()));
    values.put("form", proposal.getRewardFormName());
    values.put("number", proposal.getDecision().getNumber());
    values.put("date", VietnamTime.format(proposal.getDecision().getDate()));
    values.put("authority", proposal.getAuthorityTitle());
    values.put("signer", proposal.getDecision().getSigner());
    values.put("decisionPage", settings.portalAddress(DecisionViews.Kind.REWARD.page(proposalId)));
    values.put("certificate", certificate(proposalId, proposal.getRewardFormName()));
    return Optional.of(new Addressed(model.getUnitId(), fill(template, values)));
  }

  private String certificate(long proposalId, String form) {
    Optional<IssuedDocument> issued;
    try {
      issued = documents.rewardCertificateForLetter(proposalId);
    } catch (RuntimeException e) {
      log.warn("The Giấy khen of proposal {} could not be issued for its letter", proposalId, e);
      issued = Optional.empty();
    }
    return issued.filter(d -> d.getVerificationCode() != null && d.getStatus() == DocumentStatus.VALID)
        .map(d -> form + " (bản điện tử PDF/A, mã xác thực " + VerificationCode.grouped(d.getVerificationCode())
            + "). Ai cũng kiểm tra được tính xác thực tại:\n" + settings.verifyUrl() + d.getVerificationCode())
        .orElse(form + " có trên trang quyết định.");
  }

  /** Each {name} replaced once, in one pass: a value is never read again as a template (a name may hold braces). */
  static Letter fill(String template, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder text = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      matcher.appendReplacement(text, Matcher.quoteReplacement(value == null ? matcher.group() : value));
    }
    matcher.appendTail(text);
    String filled = text.toString();
    int endOfSubject = filled.indexOf('\n');
    // one line, whatever a name holds: a line break in a header would start another header
    String subject = filled.substring(0, endOfSubject).replaceAll("\\s+", " ").strip();
    return new Letter(subject, filled.substring(endOfSubject + 1).strip() + "\n");
  }

  private static String read() {
    try (InputStream in = RewardLetters.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("Letter template missing on the classpath: " + TEMPLATE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
