package vn.danvan.workflow.registration;

import java.util.List;
import java.util.Locale;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.danvan.workflow.evidence.EvidenceUploads;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelAccess;
import vn.danvan.workflow.model.ModelDecisionRepository;
import vn.danvan.workflow.model.ModelLife;
import vn.danvan.workflow.model.ModelStage;
import vn.danvan.workflow.model.ModelView;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.portal.PortalPage;
import vn.danvan.workflow.process.BusinessKey;
import vn.danvan.workflow.process.ProcessDiagrams;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.task.MyTasks;

/**
 * The model page (/mo-hinh/{id}): the dossier, where it stands, what is missing when it was returned, the timeline
 * of every decision, ratings, recognitions and rewards with their decisions, evidence files, the open tasks and the
 * diagram of each running process about the model (registration, evaluation, reward) with where it stands.
 * The same rules as GET /api/models/{id} ({@link ModelAccess}): another unit's model is 404.
 */
@PortalPage
class ModelPage {

  private final ModelAccess access;
  private final UnitRepository units;
  private final ModelDecisionRepository decisions;
  private final List<ModelStage> stages;
  private final MyTasks tasks;
  private final EvidenceUploads uploads;
  private final ProcessDiagrams diagrams;

  ModelPage(ModelAccess access, UnitRepository units, ModelDecisionRepository decisions, List<ModelStage> stages,
      MyTasks tasks, EvidenceUploads uploads, ProcessDiagrams diagrams) {
    this.diagrams = diagrams;
    this.access = access;
    this.units = units;
    this.decisions = decisions;
    this.stages = stages;
    this.tasks = tasks;
    this.uploads = uploads;
  }

  @GetMapping("/mo-hinh/{id:\\d+}")
  @Transactional(readOnly = true)
  String show(@PathVariable long id, Model page, Locale locale) {
    Caller caller = Caller.current();
    MobilizationModel model = access.visible(id);
    ModelLife life = new ModelLife();
    stages.forEach(stage -> stage.describe(model, life));
    String unitName = units.findById(model.getUnitId()).map(Unit::getName).orElse(model.getUnitId());
    page.addAttribute("model", ModelView.of(model, unitName, life));
    page.addAttribute("modelId", id);
    page.addAttribute("kindLabel", model.getKind().label());
    page.addAttribute("fieldLabel", model.getField().label());
    page.addAttribute("decisions", decisions.findByModelIdOrderByDecidedAtAscIdAsc(id));
    page.addAttribute("tasks", tasks.onModel(caller, id).rows());
    page.addAttribute("evidence", uploads.list(id));
    page.addAttribute("diagrams", diagrams.running(BusinessKey.model(id), BusinessKey.MODEL_PROCESSES, locale));
    page.addAttribute("mayAddEvidence", uploads.mayAdd(caller, model));
    page.addAttribute("accept", EvidenceUploads.acceptedExtensions());
    page.addAttribute("documentKinds", EvidenceUploads.documentKinds());
    page.addAttribute("maxSize", uploads.maxSizeText());
    page.addAttribute("maxBytes", uploads.maxSizeBytes());
    return "registration/model";
  }
}
