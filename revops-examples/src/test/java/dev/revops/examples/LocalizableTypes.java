package dev.revops.examples;

import java.util.List;

/** The enums of revops that have a name in both languages: the values a name argument can take. */
final class LocalizableTypes {

  private LocalizableTypes() {}

  static final List<Class<? extends Enum<?>>> ENUMS = List.of(
      dev.revops.core.staffing.MaturityPhase.class, dev.revops.core.staffing.OpsRounding.class,
      dev.revops.core.staffing.Apportionment.class, dev.revops.core.fit.FocusReason.class,
      dev.revops.core.fit.Evidence.class, dev.revops.core.fit.MustHaveStatus.class,
      dev.revops.core.fit.Proficiency.class, dev.revops.core.fit.DevelopmentAction.class,
      dev.revops.core.fit.ProfileOrigin.class, dev.revops.core.fit.Competency.class,
      dev.revops.core.org.OpsSpecialty.class, dev.revops.core.org.OpsLevel.class,
      dev.revops.core.org.MissionFamily.class, dev.revops.core.org.Department.class,
      dev.revops.core.pay.AmountDefinition.class, dev.revops.core.pay.OfferPlausibility.class,
      dev.revops.core.pay.Confidence.class, dev.revops.core.pay.PayVerdict.class,
      dev.revops.core.explain.Basis.class, dev.revops.core.stage.Symptom.class,
      dev.revops.core.stage.TriggerKind.class, dev.revops.core.stage.StageTrait.class,
      dev.revops.core.stage.StageStep.class, dev.revops.core.stage.OrgStage.class,
      dev.revops.core.stage.CorporateExecutive.class, dev.revops.core.stage.LeaderLevel.class,
      dev.revops.core.workload.ChannelKind.class);
}
