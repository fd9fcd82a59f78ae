package vn.danvan.workflow.task;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.evidence.EvidenceUploads;
import vn.danvan.workflow.form.FormDescription;
import vn.danvan.workflow.form.FormView;
import vn.danvan.workflow.form.TaskForms;
import vn.danvan.workflow.model.ModelAccess;
import vn.danvan.workflow.model.ModelDecisionRepository;
import vn.danvan.workflow.model.ModelViews;
import vn.danvan.workflow.portal.PageFormat;
import vn.danvan.workflow.portal.PortalPage;
import vn.danvan.workflow.process.ProcessDiagrams;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;
import vn.danvan.workflow.web.FieldProblems;

/**
 * A task in the portal (/viec/{id}): its own Camunda Form (the .form file Tasklist shows) rendered on the server
 * from the form engine, redrawn with htmx as the user chooses (hide conditions), beside the model's dossier,
 * evidence and decision history, and the process's diagram with this step marked ({@link ProcessDiagrams});
 * claim, release and complete through {@link TaskActions}, the rules of
 * /api/tasks. A refusal (someone else holds it, it is already done) is a sentence on the page; a task the caller
 * may not see is 404.
 */
@PortalPage
class TaskPage {

  private static final java.time.format.DateTimeFormatter HOUR = java.time.format.DateTimeFormatter
      .ofPattern("HH:mm").withZone(VietnamTime.ZONE);

  private final TaskActions actions;
  private final TaskForms forms;
  private final ModelViews models;
  private final ModelAccess access;
  private final ModelDecisionRepository decisions;
  private final EvidenceUploads uploads;
  private final PageFormat format;
  private final MessageSource messages;
  private final MyTasks myTasks;
  private final vn.danvan.workflow.security.DisplayNames names;
  private final ProcessDiagrams diagrams;

  TaskPage(TaskActions actions, TaskForms forms, ModelViews models, ModelAccess access,
      ModelDecisionRepository decisions, EvidenceUploads uploads, PageFormat format, MessageSource messages,
      MyTasks myTasks, vn.danvan.workflow.security.DisplayNames names, ProcessDiagrams diagrams) {
    this.diagrams = diagrams;
    this.myTasks = myTasks;
    this.names = names;
    this.actions = actions;
    this.forms = forms;
    this.models = models;
    this.access = access;
    this.decisions = decisions;
    this.uploads = uploads;
    this.format = format;
    this.messages = messages;
  }

  @GetMapping("/viec/{id}")
  @Transactional(readOnly = true)
  String show(@PathVariable String id, Model page, Locale locale) {
    Caller caller = Caller.current();
    TaskRow task;
    try {
      task = actions.visible(id, caller);
    } catch (ApiException e) {
      return done(id, caller, e, page, locale);
    }
    FormDescription form = actions.describe(id);
    return page(task, caller, form, forms.view(id, form, null, List.of()), page);
  }

  /** The form redrawn for what the user has chosen so far (htmx, on change): hide conditions, nothing checked. */
  @PostMapping("/viec/{id}/bieu-mau")
  String redraw(@PathVariable String id, @RequestParam MultiValueMap<String, String> parameters, Model page) {
    Caller caller = Caller.current();
    TaskRow task = actions.visible(id, caller);
    FormDescription form = actions.describe(id);
    page.addAttribute("task", task);
    page.addAttribute("form", forms.view(id, form, TaskForms.fromParameters(form, parameters), List.of()));
    return "task/form :: fields";
  }

  @PostMapping("/viec/{id}/nhan")
  String claim(@PathVariable String id, Model page, Locale locale, RedirectAttributes next,
      HttpServletResponse response) {
    Caller caller = Caller.current();
    try {
      actions.claim(id, caller);
    } catch (ApiException e) {
      return refused(id, caller, e, page, locale, response);
    }
    next.addFlashAttribute("notice", messages.getMessage("task.claimed", null, locale));
    return "redirect:/viec/" + id;
  }

  @PostMapping("/viec/{id}/tra-lai")
  String release(@PathVariable String id, Model page, Locale locale, RedirectAttributes next,
      HttpServletResponse response) {
    Caller caller = Caller.current();
    try {
      actions.unclaim(id, caller);
    } catch (ApiException e) {
      return refused(id, caller, e, page, locale, response);
    }
    next.addFlashAttribute("notice", messages.getMessage("task.released", null, locale));
    return "redirect:/viec/" + id;
  }

  @PostMapping("/viec/{id}/hoan-thanh")
  String complete(@PathVariable String id, @RequestParam MultiValueMap<String, String> parameters, Model page,
      Locale locale, RedirectAttributes next, HttpServletResponse response) {
    Caller caller = Caller.current();
    TaskRow task;
    FormDescription form;
    try {
      task = actions.visible(id, caller);
      form = actions.describe(id);
    } catch (ApiException e) {
      return refused(id, caller, e, page, locale, response);
    }
    Map<String, Object> submitted = TaskForms.fromParameters(form, parameters);
    try {
      actions.complete(id, caller, submitted);
    } catch (FieldProblems e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return page(task, caller, form, forms.view(id, form, submitted, e.problems()), page);
    } catch (ApiException e) {
      return refused(id, caller, e, page, locale, response);
    }
    next.addFlashAttribute("notice", messages.getMessage("task.completed", new Object[] {task.name()}, locale));
    return task.modelId() != null && stillVisible(task.modelId()) ? "redirect:/mo-hinh/" + task.modelId()
        : "redirect:/cong-viec";
  }

  /** Someone who saw the model only through this task (a chair deciding a reward) goes back to the task list. */
  private boolean stillVisible(long modelId) {
    try {
      access.visible(modelId);
      return true;
    } catch (ApiException notAnymore) {
      return false;
    }
  }

  private String page(TaskRow task, Caller caller, FormDescription form, FormView view, Model page) {
    boolean mine = caller.username().equals(task.assignee());
    boolean mayAct = actions.mayComplete(task, caller);
    String onBehalfOf = myTasks.actingFor(task, caller);
    page.addAttribute("task", task);
    page.addAttribute("form", view);
    page.addAttribute("mine", mine);
    page.addAttribute("mayAct", mayAct);
    page.addAttribute("onBehalfName", onBehalfOf == null ? null : names.of(onBehalfOf));
    page.addAttribute("mayClaim", actions.mayClaim(task, caller));
    page.addAttribute("commentField", form.field(FormDescription.COMMENT).isEmpty() && !form.isEmpty());
    page.addAttribute("holder", task.assignee() == null ? null : actions.holder(task.id()));
    page.addAttribute("tasklist", "/camunda/app/tasklist/default/#/?task=" + task.id());
    page.addAttribute("diagram", diagrams.ofTask(task.processDefinitionId(), task.processInstanceId(), task.id(),
        task.taskDefinitionKey(), LocaleContextHolder.getLocale()).orElse(null));
    if (task.modelId() != null) {
      models.find(task.modelId()).ifPresent(model -> {
        page.addAttribute("model", model);
        page.addAttribute("modelId", model.id());
        page.addAttribute("decisions", decisions.findByModelIdOrderByDecidedAtAscIdAsc(model.id()));
        page.addAttribute("evidence", uploads.list(model.id()));
        page.addAttribute("mayAddEvidence", mayAct && mayAddEvidence(caller, model.id()));
        page.addAttribute("accept", EvidenceUploads.acceptedExtensions());
        page.addAttribute("documentKinds", EvidenceUploads.documentKinds());
        page.addAttribute("maxSize", uploads.maxSizeText());
        page.addAttribute("maxBytes", uploads.maxSizeBytes());
      });
    }
    return "task/task";
  }

  /** Evidence is added by who may see the model itself; a substitute acting on a task of another unit may not. */
  private boolean mayAddEvidence(Caller caller, long modelId) {
    try {
      return uploads.mayAdd(caller, access.visible(modelId));
    } catch (ApiException e) {
      return false;
    }
  }

  /** An action refused: the task page again with why, in words (409, 403), or 404 as if it did not exist. */
  private String refused(String id, Caller caller, ApiException e, Model page, Locale locale,
      HttpServletResponse response) {
    if (e.status() == HttpStatus.NOT_FOUND) {
      throw e;
    }
    response.setStatus(e.status().value());
    if ("task-completed".equals(e.code())) {
      return done(id, caller, e, page, locale);
    }
    TaskRow task = actions.visible(id, caller);
    FormDescription form = actions.describe(id);
    page.addAttribute("refusal", refusal(id, e, locale));
    return page(task, caller, form, forms.view(id, form, null, List.of()), page);
  }

  /** A task done meanwhile: who did it and when, to those who could see it; 404 to anyone else. */
  private String done(String id, Caller caller, ApiException e, Model page, Locale locale) {
    TaskActions.Holder by = "task-completed".equals(e.code()) ? actions.completedBy(id, caller) : null;
    if (by == null) {
      throw e.status() == HttpStatus.CONFLICT ? ApiException.notFound("việc", id) : e;
    }
    page.addAttribute("refusal", by.name() == null || by.since() == null
        ? messages.getMessage("task.done", null, locale)
        : messages.getMessage("task.doneBy", new Object[] {by.name(), time(by), format.date(by.since())}, locale));
    return "task/done";
  }

  private String refusal(String id, ApiException e, Locale locale) {
    if ("task-claimed".equals(e.code())) {
      TaskActions.Holder holder = actions.holder(id);
      if (holder != null && holder.since() != null) {
        return messages.getMessage("task.claimedBy", new Object[] {holder.name(), time(holder), format.date(holder.since())}, locale);
      }
      if (holder != null) {
        return messages.getMessage("task.heldBy", new Object[] {holder.name()}, locale);
      }
    }
    return messages.getMessage("problem." + e.code() + ".detail", e.args(), locale);
  }

  private String time(TaskActions.Holder holder) {
    return HOUR.format(holder.since());
  }
}
