package vn.danvan.workflow.reform;

import java.time.LocalDate;
import java.util.List;
import vn.danvan.workflow.reform.ReformPlan.Merger;
import vn.danvan.workflow.reform.ReformPlan.ProvinceMerger;

/**
 * The seed's district through the 2025 reform: from 1 July 2025 Nam Định joined Ninh Bình province and huyện Xuân
 * Trường's twenty communes and town became four communes. The grouping below is illustrative (the resolution of the
 * National Assembly Standing Committee naming the new communes is not cited here); Xuân Hồng shows a merger into
 * one of the old communes, the three others a new commune. Ninh Bình is not in the seed, so it is created here
 * (with Hà Nam, Nam Định and Ninh Bình merged, the province kept Ninh Bình's name); the seed's province-level
 * bodies (Ban Dân vận Tỉnh ủy Nam Định) move under it.
 */
final class ReformDemo {

  static final String DISTRICT = "huyen-xuan-truong";
  static final String PROVINCE = "tinh-nam-dinh";

  static final ReformPlan PLAN = new ReformPlan(LocalDate.of(2025, 7, 1), List.of(
      new Merger(List.of("thi-tran-xuan-truong", "xa-xuan-ngoc", "xa-xuan-bac", "xa-xuan-phuong", "xa-xuan-trung"),
          null, "xa-xuan-truong", "Xã Xuân Trường"),
      new Merger(List.of("xa-tho-nghiep", "xa-xuan-phu", "xa-xuan-phong", "xa-xuan-dai"),
          null, "xa-xuan-hung", "Xã Xuân Hưng"),
      new Merger(List.of("xa-xuan-tan", "xa-xuan-chau", "xa-xuan-thanh", "xa-xuan-kien", "xa-xuan-hoa"),
          null, "xa-xuan-giang", "Xã Xuân Giang"),
      new Merger(List.of("xa-xuan-hong", "xa-xuan-thuong", "xa-xuan-thuy", "xa-xuan-tien", "xa-xuan-vinh",
          "xa-xuan-ninh"), "xa-xuan-hong", null, null)),
      DISTRICT,
      new ProvinceMerger(List.of(PROVINCE), null, "tinh-ninh-binh", "Tỉnh Ninh Bình"));

  private ReformDemo() {
  }
}
