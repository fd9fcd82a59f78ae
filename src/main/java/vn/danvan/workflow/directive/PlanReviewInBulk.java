package vn.danvan.workflow.directive;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.danvan.workflow.directive.DirectiveProcess.Decisions;
import vn.danvan.workflow.directive.DirectiveProcess.Vars;
import vn.danvan.workflow.process.BulkAcceptableStep;

/**
 * The review of a unit's plan may be accepted in bulk from the task list: its form asks only the decision (the
 * return reason is hidden unless returning) and an optional comment, which one text for all may fill.
 */
@Configuration(proxyBeanMethods = false)
class PlanReviewInBulk {

  @Bean
  BulkAcceptableStep planReviewAcceptedInBulk() {
    return new BulkAcceptableStep(DirectiveProcess.KEY, DirectiveProcess.REVIEW_PLAN,
        Map.of(Vars.PLAN_DECISION, Decisions.ACCEPT), Vars.REVIEW_COMMENT);
  }
}
