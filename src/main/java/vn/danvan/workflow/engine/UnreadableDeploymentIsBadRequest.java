package vn.danvan.workflow.engine;

import java.util.ArrayList;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * A deployment whose files the engine cannot read is the sender's mistake, so engine-rest (Modeler's and
 * Cockpit's deploy) answers 400, not 500. Camunda already says 400 for XML that is not a valid process
 * (ParseException), but a file that is not XML at all, has a DOCTYPE (refused: no external entities), or is a
 * DMN table, CMMN case or form it cannot transform fails with a bare ProcessEngineException, which engine-rest
 * answers with 500. Those become a BadUserRequestException with the same message. A failing database stays
 * a 500. Runs outside the transaction, which is already rolled back: nothing of the deployment is stored.
 */
@Component
class UnreadableDeploymentIsBadRequest extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        if (!(command instanceof DeployCmd)) {
          return next.execute(command);
        }
        try {
          return next.execute(command);
        } catch (ProcessEngineException e) {
          throw unreadableContent(e) ? new BadUserRequestException(e.getMessage(), e) : e;
        }
      }
    });
  }

  /** A bare ProcessEngineException (its subclasses have their own status) not caused by the database. */
  static boolean unreadableContent(ProcessEngineException e) {
    if (e.getClass() != ProcessEngineException.class) {
      return false;
    }
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof java.sql.SQLException
          || cause instanceof org.apache.ibatis.exceptions.PersistenceException
          || cause instanceof org.springframework.dao.DataAccessException
          || cause instanceof org.springframework.transaction.TransactionException) {
        return false;
      }
    }
    return true;
  }
}
