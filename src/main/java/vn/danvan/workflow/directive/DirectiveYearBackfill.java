package vn.danvan.workflow.directive;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.workflow.directive.DirectiveProcess.Vars;

/**
 * Directives started before their processes carried {@code year} get it at start, before the task list's read
 * model fills its year column from the engine (TaskViewRebuild runs later). A directive process is one per
 * directive, so this reads a few instances; none once every instance has it.
 */
@Component
@Order(0)
class DirectiveYearBackfill implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DirectiveYearBackfill.class);

  private final RuntimeService runtime;
  private final DirectiveRepository directives;

  DirectiveYearBackfill(RuntimeService runtime, DirectiveRepository directives) {
    this.runtime = runtime;
    this.directives = directives;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    int given = 0;
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionKey(DirectiveProcess.KEY)
        .active().list()) {
      if (runtime.getVariable(instance.getId(), Vars.YEAR) != null) {
        continue;
      }
      Object id = runtime.getVariable(instance.getId(), Vars.DIRECTIVE_ID);
      if (id instanceof Number number) {
        var directive = directives.findById(number.longValue());
        if (directive.isPresent()) {
          runtime.setVariable(instance.getId(), Vars.YEAR, directive.get().year());
          given++;
        }
      }
    }
    if (given > 0) {
      log.info("Gave {} running directive processes their year", given);
    }
  }
}
