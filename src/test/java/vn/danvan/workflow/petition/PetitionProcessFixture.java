package vn.danvan.workflow.petition;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.springframework.test.util.ReflectionTestUtils;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.calendar.WorkingDayCalendar;
import vn.danvan.workflow.form.FormOptions;
import vn.danvan.workflow.support.Saves;

/** The petitions' real delegates over petitions kept in memory, for the process tests. */
class PetitionProcessFixture {

  static final String UNIT = "xa-xuan-hong";
  static final String DEPARTMENT = "van-phong-xa-xuan-hong";
  static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar("");

  final PetitionClocks clocks = new PetitionClocks(CALENDAR);
  final PetitionRepository petitions = mock(PetitionRepository.class);
  final PetitionTransferRepository transferRows = mock(PetitionTransferRepository.class);
  final List<PetitionTransfer> transfers = new ArrayList<>();
  private final Map<Long, Petition> stored = new HashMap<>();

  PetitionProcessFixture() {
    when(petitions.findById(any())).thenAnswer(call -> Optional.ofNullable(stored.get((Long) call.getArgument(0))));
    when(petitions.findByTrackingCode(any())).thenAnswer(call -> stored.values().stream()
        .filter(p -> p.getTrackingCode().equals(call.getArgument(0))).findFirst());
    when(transferRows.save(any())).thenAnswer(Saves.into(transfers));
    PetitionSteps steps = new PetitionSteps(petitions, clocks);
    Mocks.register("acceptPetitionDelegate", new AcceptPetitionDelegate(steps));
    Mocks.register("refusePetitionDelegate", new RefusePetitionDelegate(steps));
    Mocks.register("transferPetitionDelegate", new TransferPetitionDelegate(steps, transferRows));
    Mocks.register("mergePetitionDelegate", new MergePetitionDelegate(steps));
    Mocks.register("extendPetitionDelegate", new ExtendPetitionDelegate(steps));
    Mocks.register("settlePetitionDelegate", new SettlePetitionDelegate(steps, event -> { }));
    Mocks.register("escalatePetitionDelegate", new EscalatePetitionDelegate(steps));
    Mocks.register("recordHandlingOfficer", new RecordHandlingOfficer(steps));
  }

  /** A petition received now (the engine's clock), stored under the next id. */
  Petition receive(PetitionKind kind, String code) {
    LocalDate today = VietnamTime.dayOf(ClockUtil.getCurrentTime());
    Petition petition = new Petition(code, kind, PetitionChannel.POST, UNIT, "Đường ngập nước", "Nội dung đơn",
        ClockUtil.getCurrentTime().toInstant(), today, clocks.acceptDue(kind, today));
    long id = stored.size() + 1L;
    ReflectionTestUtils.setField(petition, "id", id);
    stored.put(id, petition);
    return petition;
  }

  ProcessInstance start(Petition petition) {
    List<FormOptions.Option> departments = List.of(new FormOptions.Option("UBND xã Xuân Hồng", UNIT),
        new FormOptions.Option("Văn phòng - Thống kê", DEPARTMENT));
    return runtimeService().startProcessInstanceByKey(petition.getKind().processKey(), "petition:" + petition.getId(),
        PetitionProcess.variables(petition, "UBND xã Xuân Hồng", departments,
            List.of(new FormOptions.Option("KNBBBBBBBBBB – Đơn trước", "KNBBBBBBBBBB")), clocks));
  }

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }
}
