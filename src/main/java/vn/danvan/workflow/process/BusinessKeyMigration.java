package vn.danvan.workflow.process;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.process.BusinessKey.Kind;

/**
 * Brings business keys of the old form (a bare model or directive id, {@code campaign-2026},
 * {@code recognition-11}) to the form naming their kind ({@link BusinessKey}), in the two places they come from:
 * <ul>
 *   <li>stored: every start, right after the engine is built, one transaction rewrites the keys of running
 *   instances ({@code ACT_RU_EXECUTION}) and of the history ({@code ACT_HI_PROCINST}), each statement
 *   restricted to the process definitions of its kind and to keys still of the old form. So a second
 *   run, or a second node at the same moment, changes nothing (the nodes queue on the engine's deployment lock);
 *   a running instance's revision goes up, so an engine transaction that read the old key fails on optimistic
 *   locking and is retried with the new one;</li>
 *   <li>made: a process version deployed before the new form keeps starting instances with old keys (a yearly
 *   campaign opened last year calls its recognition rounds with {@code recognition-${roundId}}, a round its
 *   rewards with {@code ${modelId}}); a start listener on every process of a kind upgrades such a key as the
 *   instance starts.</li>
 * </ul>
 */
@Component
public class BusinessKeyMigration extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(BusinessKeyMigration.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element element, ProcessDefinitionEntity process) {
        String processKey = process.getKey();
        if (Kind.of(processKey).isEmpty()) {
          return;
        }
        process.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> {
          String key = execution.getProcessBusinessKey();
          String upgraded = BusinessKey.upgrade(processKey, key);
          if (!Objects.equals(key, upgraded)) {
            execution.setProcessBusinessKey(upgraded);
          }
        });
      }
    });
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    int upgraded = upgradeStoredKeys((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());
    if (upgraded > 0) {
      log.info("Business keys of {} executions now name their kind (model:, directive:, campaign:, round:)",
          upgraded);
    }
  }

  /** Rewrites the stored old-form keys in one transaction; answers how many execution rows changed. */
  public static int upgradeStoredKeys(ProcessEngineConfigurationImpl configuration) {
    String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
    boolean history = configuration.isDbHistoryUsed();
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      context.getPropertyManager().acquireExclusiveLock();
      Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
      int executions = 0;
      try (Statement statement = connection.createStatement()) {
        for (Kind kind : Kind.values()) {
          executions += statement.executeUpdate(runtimeUpdate(kind, prefix));
          if (history) {
            statement.executeUpdate(historyUpdate(kind, prefix));
          }
        }
      } catch (SQLException e) {
        throw new ProcessEngineException("Could not upgrade the stored business keys", e);
      }
      return executions;
    });
  }

  static String runtimeUpdate(Kind kind, String prefix) {
    return "update " + prefix + "ACT_RU_EXECUTION set BUSINESS_KEY_ = " + newKey(kind) + ", REV_ = REV_ + 1"
        + " where " + oldForm(kind) + " and PROC_DEF_ID_ in (select ID_ from " + prefix
        + "ACT_RE_PROCDEF where KEY_ in (" + processes(kind) + "))";
  }

  static String historyUpdate(Kind kind, String prefix) {
    return "update " + prefix + "ACT_HI_PROCINST set BUSINESS_KEY_ = " + newKey(kind)
        + " where " + oldForm(kind) + " and PROC_DEF_KEY_ in (" + processes(kind) + ")";
  }

  /** The same test as {@link BusinessKey#upgrade}: no separator yet, the old prefix and something after it. */
  private static String oldForm(Kind kind) {
    return "BUSINESS_KEY_ like '" + kind.oldPrefix() + "%' and BUSINESS_KEY_ not like '%" + BusinessKey.SEPARATOR
        + "%' and length(BUSINESS_KEY_) > " + kind.oldPrefix().length();
  }

  private static String newKey(Kind kind) {
    return "'" + kind.prefix() + "' || substr(BUSINESS_KEY_, " + (kind.oldPrefix().length() + 1) + ")";
  }

  private static String processes(Kind kind) {
    return kind.processes().stream().map(key -> "'" + key + "'").collect(Collectors.joining(", "));
  }
}
