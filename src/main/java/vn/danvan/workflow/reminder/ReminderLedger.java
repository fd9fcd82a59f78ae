package vn.danvan.workflow.reminder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.cfg.standalone.StandaloneTransactionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.danvan.workflow.notification.NotificationKind;
import vn.danvan.workflow.notification.Notifications;

/**
 * Writes through the engine's own JDBC connection, so every row is part of the transaction of the job that
 * sends the reminder: the key of a reminder whose e-mail failed is rolled back with it, and a reminder that
 * went out can never be sent again, whichever node or retry tries.
 */
final class ReminderLedger {

  private static final String CLAIM = """
      insert into reminder_log (task_id, kind, occurrence, process_instance_id, recipients, sent_at, sent_by)
      select cast(? as varchar(64)), cast(? as varchar(16)), cast(? as varchar(16)), cast(? as varchar(64)),
             cast(? as varchar(4000)), cast(? as timestamp with time zone), cast(? as varchar(255))
      where not exists (select 1 from reminder_log where task_id = ? and kind = ? and occurrence = ?)""";
  private static final String CLAIM_DIGEST = """
      insert into digest_log (user_id, digest_day, tasks, sent_to, sent_at, sent_by)
      select cast(? as varchar(64)), cast(? as varchar(10)), cast(? as integer), cast(? as varchar(255)),
             cast(? as timestamp with time zone), cast(? as varchar(255))
      where not exists (select 1 from digest_log where user_id = ? and digest_day = ?)""";
  private static final String UNCLAIM_DIGEST = "delete from digest_log where user_id = ? and digest_day = ?";
  private static final String NOTIFY = """
      insert into notification (recipient_user, recipient_group, kind, task_id, model_id, message, created_at)
      values (?, ?, ?, ?, ?, ?, ?)""";

  /**
   * Records the reminder's key before anything is sent.
   *
   * @return false if it was recorded already: sent before, by this node or another
   */
  boolean claim(String taskId, Reminder reminder, String processInstanceId, String recipients) {
    rollBackWithTheCommand();
    try (PreparedStatement insert = connection().prepareStatement(CLAIM)) {
      insert.setString(1, taskId);
      insert.setString(2, reminder.kind().name());
      insert.setString(3, reminder.occurrence());
      insert.setString(4, processInstanceId);
      insert.setString(5, truncate(recipients, 4000));
      insert.setObject(6, now());
      insert.setString(7, Context.getProcessEngineConfiguration().getHostname());
      insert.setString(8, taskId);
      insert.setString(9, reminder.kind().name());
      insert.setString(10, reminder.occurrence());
      return insert.executeUpdate() == 1;
    } catch (SQLException e) {
      // a second node inserting the same key at the same instant: its transaction fails here, before sending
      throw new ProcessEngineException("Cannot record reminder " + taskId + "/" + reminder.kind() + "/"
          + reminder.occurrence() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Records that {@code user}'s digest of {@code day} goes out, before it does.
   *
   * @return false if it was recorded already: sent before, by this node or another
   */
  boolean claimDigest(String user, LocalDate day, int tasks, String sentTo) {
    rollBackWithTheCommand();
    try (PreparedStatement insert = connection().prepareStatement(CLAIM_DIGEST)) {
      insert.setString(1, user);
      insert.setString(2, day.toString());
      insert.setInt(3, tasks);
      insert.setString(4, truncate(sentTo, 255));
      insert.setObject(5, now());
      insert.setString(6, Context.getProcessEngineConfiguration().getHostname());
      insert.setString(7, user);
      insert.setString(8, day.toString());
      return insert.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new ProcessEngineException("Cannot record the digest of " + user + " for " + day + ": " + e.getMessage(),
          e);
    }
  }

  /**
   * Takes back the row {@link #claimDigest} wrote in this transaction when the e-mail then failed, so that the rest
   * of the transaction (other users' digests, sent) can commit without it.
   */
  void unclaimDigest(String user, LocalDate day) {
    try (PreparedStatement delete = connection().prepareStatement(UNCLAIM_DIGEST)) {
      delete.setString(1, user);
      delete.setString(2, day.toString());
      delete.executeUpdate();
    } catch (SQLException e) {
      throw new ProcessEngineException("Cannot take back the digest of " + user + " for " + day + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * An in-app notification (GET /api/notifications) for a user or, when {@code user} is null, a group: written
   * like {@link Notifications} does, but on the job's own engine connection, so that it rolls back with the
   * reminder's key (also in the standalone engine of the process tests).
   */
  void notify(String user, String group, NotificationKind kind, String taskId, Long modelId, String message) {
    try (PreparedStatement insert = connection().prepareStatement(NOTIFY)) {
      insert.setString(1, user);
      insert.setString(2, group);
      insert.setString(3, kind.name());
      insert.setString(4, taskId);
      if (modelId == null) {
        insert.setNull(5, Types.BIGINT);
      } else {
        insert.setLong(5, modelId);
      }
      insert.setString(6, Notifications.fit(message));
      insert.setObject(7, now());
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new ProcessEngineException("Cannot store notification for task " + taskId + ": " + e.getMessage(), e);
    }
  }

  /**
   * Under Spring (the application) the transaction manager rolls the connection back when the job fails. A
   * standalone engine (process tests) leaves that to MyBatis, which skips the rollback when the engine itself
   * wrote nothing yet and then commits on close; so there the rollback is asked for explicitly.
   */
  private static void rollBackWithTheCommand() {
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext.getTransactionContext() instanceof StandaloneTransactionContext transaction) {
      Connection connection = connection();
      transaction.addTransactionListener(TransactionState.ROLLINGBACK, context -> {
        try {
          connection.rollback();
        } catch (SQLException e) {
          throw new ProcessEngineException("Cannot roll back reminder rows", e);
        }
      });
    }
  }

  private static Connection connection() {
    return Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
  }

  private static OffsetDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
