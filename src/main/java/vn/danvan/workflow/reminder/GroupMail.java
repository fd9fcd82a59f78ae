package vn.danvan.workflow.reminder;

import java.util.List;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * A letter to everyone in a group (a unit) who has an e-mail address, outside the reminder jobs, such as the
 * reward letter to a unit: the reminders' SMTP settings, sender and plain-text composition, and their directory of
 * people. Without an SMTP server it sends nothing ({@link #enabled()} is false); the in-app notification is the
 * caller's step.
 */
public final class GroupMail {

  private final ReminderMail mail;
  private final RecipientDirectory directory;
  private volatile CommandExecutor engine;

  GroupMail(ReminderMail mail, RecipientDirectory directory) {
    this.mail = mail;
    this.directory = directory;
  }

  void useEngine(CommandExecutor engine) {
    this.engine = engine;
  }

  public boolean enabled() {
    return mail.enabled();
  }

  /**
   * Sends one plain-text message (a copy per member with an address) now, on a connection of its own.
   *
   * @param messageId the Message-ID, "&lt;…@danvan-workflow&gt;": the same for a letter sent again
   * @return the addresses it went to; none when mail is off or nobody in the group has one
   */
  public List<String> send(String groupId, String subject, String body, String messageId) {
    if (!mail.enabled()) {
      return List.of();
    }
    if (engine == null) {
      throw new IllegalStateException("the process engine is not built yet");
    }
    List<String> addresses = engine.execute(commandContext -> {
      // the service writes to the unit, not the person whose request this is: their rights on users do not apply
      commandContext.disableAuthorizationCheck();
      try {
        return new Recipients(List.of(), List.of(groupId)).emailAddresses(directory);
      } finally {
        commandContext.enableAuthorizationCheck();
      }
    });
    mail.sendAlone(addresses, new ReminderLetter(subject, body), messageId);
    return addresses;
  }
}
