package vn.danvan.workflow.task;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.danvan.workflow.portal.PortalPage;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;

/**
 * A task in the portal (/viec/{id}): what it is, on which model, for which unit, due when. Its form opens in
 * Tasklist for now (the same Camunda Form); the same visibility as GET /api/tasks/{id}, 404 otherwise.
 */
@PortalPage
class TaskPage {

  private final MyTasks tasks;

  TaskPage(MyTasks tasks) {
    this.tasks = tasks;
  }

  @GetMapping("/viec/{id}")
  String show(@PathVariable String id, Model page) {
    TaskRow task = tasks.find(Caller.current(), id).orElseThrow(() -> ApiException.notFound("việc", id));
    page.addAttribute("task", task);
    page.addAttribute("tasklist", "/camunda/app/tasklist/default/#/?task=" + task.id());
    return "task/task";
  }
}
