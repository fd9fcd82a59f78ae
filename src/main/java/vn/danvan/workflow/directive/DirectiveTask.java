package vn.danvan.workflow.directive;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A task a directive sets (nhiệm vụ), e.g. the seed's III.1: its lead and participating units, its deadline. */
@Entity
@Table(name = "directive_task")
public class DirectiveTask {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "directive_id")
  private Long directiveId;

  private String section;
  private int ordinal;
  private String title;
  private String content;

  /** null: ongoing (thường xuyên). */
  private LocalDate deadline;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "directive_task_unit", joinColumns = @JoinColumn(name = "task_id"))
  private List<TaskUnit> units = new ArrayList<>();

  protected DirectiveTask() {
  }

  public DirectiveTask(Long directiveId, String section, int ordinal, String title, String content,
      LocalDate deadline, List<TaskUnit> units) {
    this.directiveId = directiveId;
    this.section = section;
    this.ordinal = ordinal;
    this.title = title;
    this.content = content;
    this.deadline = deadline;
    this.units = new ArrayList<>(units);
  }

  public Long getId() { return id; }

  public Long getDirectiveId() { return directiveId; }

  public String getSection() { return section; }

  public int getOrdinal() { return ordinal; }

  public String getTitle() { return title; }

  public String getContent() { return content; }

  public LocalDate getDeadline() { return deadline; }

  public List<TaskUnit> getUnits() { return units; }
}
