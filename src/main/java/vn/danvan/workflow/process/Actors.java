package vn.danvan.workflow.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who is acting in a delegate: the user who completed the task that led here (null for timers), and the absent
 * official they acted for when they completed it as a substitute (Ủy quyền khi vắng mặt).
 */
public final class Actors {

  private static final ThreadLocal<String> ON_BEHALF_OF = new ThreadLocal<>();

  private Actors() {
  }

  public static String current(DelegateExecution execution) {
    Authentication current = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return current == null ? null : current.getUserId();
  }

  /** The absent official the current user acts for, while a completion runs; null when acting for themselves. */
  public static String onBehalfOf() {
    return ON_BEHALF_OF.get();
  }

  /** Runs a completion as the substitute of {@code absentUser} (null: for oneself); delegates read it above. */
  public static <T> T actingFor(String absentUser, Supplier<T> action) {
    String before = ON_BEHALF_OF.get();
    ON_BEHALF_OF.set(absentUser);
    try {
      return action.get();
    } finally {
      if (before == null) {
        ON_BEHALF_OF.remove();
      } else {
        ON_BEHALF_OF.set(before);
      }
    }
  }
}
