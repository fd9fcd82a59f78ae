package vn.danvan.workflow.support;

import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.springframework.test.util.ReflectionTestUtils;
import vn.danvan.workflow.model.Field;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelKind;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.model.RegistrationDossier;
import vn.danvan.workflow.process.BusinessKey;

/** Models as the process tests meet them: registered in 2026 in the economy field, with an id and a short dossier. */
public final class TestModels {

  private TestModels() {
  }

  public static MobilizationModel registered(long id, String name, String unitId) {
    MobilizationModel model = new MobilizationModel(ModelKind.MODEL, unitId, Field.ECONOMY, 2026, "commune1");
    model.describe(new RegistrationDossier(name, "s", "g", "c", "a", "f", "r", "t", "o", "su"));
    model.markRegistered();
    ReflectionTestUtils.setField(model, "id", id);
    return model;
  }

  /** The mocked repository finds the model by its id and by the business key of its processes (the id). */
  public static void findable(ModelRepository models, MobilizationModel model) {
    doReturn(Optional.of(model)).when(models).findById(model.getId());
    when(models.byBusinessKey(BusinessKey.model(model.getId()))).thenCallRealMethod();
  }
}
