package vn.danvan.workflow.reminder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.StringUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.process.BusinessKey;

/**
 * Delivers one reminder: records its key, then the in-app notifications, then the e-mail — in that order, in
 * the reminder job's transaction, so the key is written before anything leaves and the e-mail, the only step
 * that cannot be rolled back, is the last.
 */
final class ReminderDelivery {

  private static final Logger log = LoggerFactory.getLogger(ReminderDelivery.class);

  private final ReminderLedger ledger;
  private final ReminderMail mail;
  private final RecipientDirectory directory;
  private final String tasklistUrl;

  ReminderDelivery(ReminderLedger ledger, ReminderMail mail, RecipientDirectory directory, String tasklistUrl) {
    this.ledger = ledger;
    this.mail = mail;
    this.directory = directory;
    this.tasklistUrl = tasklistUrl;
  }

  void deliver(TaskEntity task, Reminder reminder) {
    ExecutionEntity execution = task.getExecution();
    ReminderPolicy policy = ReminderJobs.policyOf(task);
    Recipients holders = Recipients.holdersOf(task);
    Recipients recipients = reminder.kind() == ReminderKind.ESCALATION
        ? Recipients.parse(escalationTarget(policy, execution))
        : holders;
    if (recipients.isEmpty()) {
      log.warn("Reminder {} of task {} has nobody to go to", reminder.kind(), task.getId());
      return;
    }
    List<String> addresses = mail.enabled() ? recipients.emailAddresses(directory) : List.of();
    if (!ledger.claim(task.getId(), reminder, task.getProcessInstanceId(), describe(recipients, addresses))) {
      log.info("Reminder {}/{}/{} was sent before; not again", task.getId(), reminder.kind(), reminder.occurrence());
      return;
    }
    ReminderLetter letter = ReminderLetter.of(reminder.kind(),
        values(task, execution, reminder, policy, recipients, holders));
    Long modelId = modelId(execution);
    recipients.users().forEach(user -> ledger.notify(user, null, reminder.kind().notificationKind(), task.getId(), modelId,
        letter.subject()));
    recipients.groups().forEach(group -> ledger.notify(null, group, reminder.kind().notificationKind(), task.getId(), modelId,
        letter.subject()));
    mail.send(addresses, letter, "<" + task.getId() + "." + reminder.kind() + "." + reminder.occurrence()
        + "@danvan-workflow>");
    log.debug("Reminder {}/{}/{} sent to {}", task.getId(), reminder.kind(), reminder.occurrence(), addresses);
  }

  /**
   * A reminder a person asked for, to whoever holds the task: in-app always, by e-mail where its policy reminds
   * at all (and mail is configured). Once per task and day, like every reminder.
   *
   * @return false if one was asked for on this day already (nothing is sent again)
   */
  boolean deliverRequested(TaskEntity task, Reminder reminder, String requester) {
    ReminderPolicy policy = ReminderJobs.policyOf(task);
    Recipients holders = Recipients.holdersOf(task);
    if (holders.isEmpty()) {
      return false;
    }
    List<String> addresses = mail.enabled() && policy != null && policy.enabled()
        ? holders.emailAddresses(directory) : List.of();
    if (!ledger.claim(task.getId(), reminder, task.getProcessInstanceId(),
        describe(holders, addresses) + " by=" + requester)) {
      return false;
    }
    ExecutionEntity execution = task.getExecution();
    Map<String, String> values = values(task, execution, reminder,
        policy == null ? new ReminderPolicy(false, List.of(), false, 1, 0, "") : policy, holders, holders);
    values.put("requester", requester);
    values.put("overdue", reminder.workingDays() > 0 ? "; đã quá " + reminder.workingDays() + " ngày làm việc" : "");
    ReminderLetter letter = ReminderLetter.of(reminder.kind(), values);
    Long modelId = modelId(execution);
    holders.users().forEach(user -> ledger.notify(user, null, reminder.kind().notificationKind(), task.getId(),
        modelId, letter.subject()));
    holders.groups().forEach(group -> ledger.notify(null, group, reminder.kind().notificationKind(), task.getId(),
        modelId, letter.subject()));
    mail.send(addresses, letter, "<" + task.getId() + "." + reminder.kind() + "." + reminder.occurrence()
        + "@danvan-workflow>");
    return true;
  }

  private static String escalationTarget(ReminderPolicy policy, ExecutionEntity execution) {
    String target = policy.escalateTo();
    if (StringUtil.isExpression(target)) {
      Object value = Context.getProcessEngineConfiguration().getExpressionManager().createExpression(target)
          .getValue(execution);
      return value == null ? "" : value.toString();
    }
    return target;
  }

  private Map<String, String> values(TaskEntity task, ExecutionEntity execution, Reminder reminder,
      ReminderPolicy policy, Recipients recipients, Recipients holders) {
    Map<String, String> values = new HashMap<>();
    values.put("task", task.getName());
    values.put("process", execution.getProcessDefinition().getName());
    values.put("subject", subject(execution));
    values.put("due", VietnamTime.format(task.getDueDate()));
    values.put("days", String.valueOf(reminder.workingDays()));
    values.put("recipient", recipients.names(directory));
    values.put("holder", holders.names(directory));
    values.put("link", tasklistUrl.replace("{taskId}", task.getId()));
    values.put("repeat", policy.escalateEvery() > 0
        ? " Hệ thống sẽ báo lại sau mỗi " + policy.escalateEvery() + " ngày làm việc cho đến khi công việc hoàn thành."
        : "");
    return values;
  }

  /**
   * What the process is about: the variable "name" (a model's name), else "directiveTitle" (a directive's), else
   * the business key; with "unitName" if set.
   */
  private static String subject(ExecutionEntity execution) {
    Object name = execution.getVariable("name");
    if (!(name instanceof String text && !text.isBlank())) {
      name = execution.getVariable("directiveTitle");
    }
    Object unit = execution.getVariable("unitName");
    String subject = name instanceof String text && !text.isBlank() ? text : execution.getProcessBusinessKey();
    if (subject == null) {
      subject = execution.getProcessDefinition().getName();
    }
    return unit instanceof String unitName && !unitName.isBlank() ? subject + " (" + unitName + ")" : subject;
  }

  /** The model a reminder is about: only a process about one model has one (see {@link BusinessKey}). */
  private static Long modelId(ExecutionEntity execution) {
    return BusinessKey.isModelProcess(execution.getProcessDefinition().getKey())
        && execution.getVariable("modelId") instanceof Number id ? id.longValue() : null;
  }

  private static String describe(Recipients recipients, List<String> addresses) {
    return "users=" + recipients.users() + " groups=" + recipients.groups() + " mail=" + addresses;
  }
}
