package vn.danvan.workflow.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A body's power over the models of an area (a unit and everything below it): who evaluates, who recognises at
 * which level, who grants which reward form. Data, so the 2025 two-level reform is a change of rows.
 */
@Entity
@Table(name = "authority")
public class Authority {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "area_id")
  private String areaId;

  @Column(name = "level_name")
  private String levelName;

  @Enumerated(EnumType.STRING)
  private Power power;

  @Column(name = "actor_group")
  private String actorGroup;

  @Column(name = "actor_title")
  private String actorTitle;

  @Column(name = "proposer_group")
  private String proposerGroup;

  @Column(name = "proposer_title")
  private String proposerTitle;

  @Column(name = "publicist_group")
  private String publicistGroup;

  @Column(name = "reward_form")
  private String rewardForm;

  @Column(name = "reward_form_name")
  private String rewardFormName;

  protected Authority() {
  }

  public Authority(String areaId, String levelName, Power power, String actorGroup, String actorTitle) {
    this.areaId = areaId;
    this.levelName = levelName;
    this.power = power;
    this.actorGroup = actorGroup;
    this.actorTitle = actorTitle;
  }

  /** RECOGNISE: the steering committee proposing the list; REWARD: the council reviewing dossiers. */
  public Authority proposedBy(String group, String title) {
    this.proposerGroup = group;
    this.proposerTitle = title;
    return this;
  }

  public Authority publicisedBy(String group) {
    this.publicistGroup = group;
    return this;
  }

  public Authority grants(String form, String formName) {
    this.rewardForm = form;
    this.rewardFormName = formName;
    return this;
  }

  /** The administrator's edit: every field as given (the area, level and power included). */
  public void change(String areaId, String levelName, Power power, String actorGroup, String actorTitle) {
    this.areaId = areaId;
    this.levelName = levelName;
    this.power = power;
    this.actorGroup = actorGroup;
    this.actorTitle = actorTitle;
  }

  public Long getId() { return id; }

  public String getAreaId() { return areaId; }

  public String getLevelName() { return levelName; }

  public Power getPower() { return power; }

  public String getActorGroup() { return actorGroup; }

  public String getActorTitle() { return actorTitle; }

  public String getProposerGroup() { return proposerGroup; }

  public String getProposerTitle() { return proposerTitle; }

  public String getPublicistGroup() { return publicistGroup; }

  public String getRewardForm() { return rewardForm; }

  public String getRewardFormName() { return rewardFormName; }
}
