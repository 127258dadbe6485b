package dev.revops.core.fit;

import static dev.revops.core.testing.Theories.theory;

import dev.revops.core.testing.FitGen;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Issue 14: evidence moves the estimate, uncertainty is part of the result, must-haves gate.
 */
class FitEvidenceProperties {

  private static final FitScorer SCORER = FitScorer.withDefaults();

  private static final org.quicktheories.core.Gen<Assessment> ASSESSMENTS = Generate.enumValues(Competency.class)
      .zip(Generate.enumValues(Proficiency.class), Generate.enumValues(Evidence.class), Assessment::of);

  private static double width(FitAssessment fit) {
    return fit.scoreHigh() - fit.scoreLow();
  }

  private static Candidate plus(Candidate c, Assessment a) {
    List<Assessment> list = new ArrayList<>();
    c.assessments().stream().filter(x -> x.competency() != a.competency() || x.evidence() != a.evidence())
        .forEach(list::add);
    list.add(a);
    return Candidate.builder().from(c).assessments(list).build();
  }

  private static double estimate(FitAssessment fit, Competency competency) {
    return fit.breakdown().stream().filter(b -> b.competency() == competency).findFirst().orElseThrow().estimate();
  }

  @Test
  void more_evidence_never_widens_the_range() {
    theory(3_000).forAll(FitGen.candidates(), FitGen.roles(), ASSESSMENTS)
        .check((c, role, added) -> {
          Competency competency = added.competency();
          Proficiency level = added.proficiency();
          Evidence evidence = added.evidence();
          if (c.assessments(competency).stream().anyMatch(a -> a.evidence() == evidence)) {
            return true; // that piece of evidence is already there: nothing is added
          }
          FitAssessment before = SCORER.assess(c, role);
          FitAssessment after = SCORER.assess(plus(c, Assessment.of(competency, level, evidence)), role);
          return width(after) <= width(before) + 1e-9 && after.confidence() >= before.confidence() - 1e-12;
        });
  }

  @Test
  void stronger_evidence_never_widens_the_range() {
    theory(3_000).forAll(FitGen.candidates(), FitGen.roles(), ASSESSMENTS)
        .check((c, role, given) -> {
          Competency competency = given.competency();
          Proficiency level = given.proficiency();
          Evidence evidence = given.evidence();
          Candidate bare = Candidate.builder().from(c).assessments(c.assessments().stream()
              .filter(a -> a.competency() != competency).toList()).build();
          FitAssessment weaker = SCORER.assess(plus(bare, Assessment.of(competency, level, evidence)), role);
          boolean holds = true;
          for (Evidence stronger : Evidence.values()) {
            if (stronger.ordinal() < evidence.ordinal()) {
              FitAssessment fit = SCORER.assess(plus(bare, Assessment.of(competency, level, stronger)), role);
              holds &= width(fit) <= width(weaker) + 1e-9;
            }
          }
          return holds;
        });
  }

  /**
   * A self-declaration at L and a practical case at L' on one competency: the estimate leans
   * toward L' more than it would toward L with the two swapped (self-declared L', proven L). The
   * estimate is not always nearer L' itself: a prior beyond both levels pulls it too.
   */
  @Test
  void a_self_declaration_never_outweighs_a_practical_case() {
    theory(3_000).forAll(FitGen.candidates(), FitGen.roles(), ASSESSMENTS, Generate.enumValues(Proficiency.class))
        .check((c, role, given, proven) -> {
          Competency competency = given.competency();
          Proficiency declared = given.proficiency();
          if (!SCORER.policy().requirements(role).byCompetency().containsKey(competency)) {
            return true;
          }
          Candidate bare = Candidate.builder().from(c).assessments(c.assessments().stream()
              .filter(a -> a.competency() != competency).toList()).build();
          Candidate both = plus(plus(bare, Assessment.of(competency, declared, Evidence.SELF_DECLARED)),
              Assessment.of(competency, proven, Evidence.PRACTICAL_CASE));
          Candidate swapped = plus(plus(bare, Assessment.of(competency, proven, Evidence.SELF_DECLARED)),
              Assessment.of(competency, declared, Evidence.PRACTICAL_CASE));
          double x = estimate(SCORER.assess(both, role), competency);
          double y = estimate(SCORER.assess(swapped, role), competency);
          return Integer.signum(proven.compareTo(declared)) * (x - y) >= -1e-9;
        });
  }

  @Test
  void score_rises_with_each_assessed_proficiency() {
    theory(3_000).forAll(FitGen.candidates(), FitGen.roles(), ASSESSMENTS)
        .check((c, role, given) -> {
          Competency competency = given.competency();
          Proficiency level = given.proficiency();
          Evidence evidence = given.evidence();
          if (level == Proficiency.EXPERT) {
            return true;
          }
          double low = SCORER.assess(plus(c, Assessment.of(competency, level, evidence)), role).score();
          double high = SCORER.assess(plus(c, Assessment.of(competency, Proficiency.of(level.level() + 1), evidence)), role)
              .score();
          return high >= low - 1e-9;
        });
  }

  @Test
  void score_and_range_stay_within_0_and_100() {
    theory(3_000).forAll(FitGen.candidates(), FitGen.roles()).check((c, role) -> {
      FitAssessment fit = SCORER.assess(c, role);
      return fit.scoreLow() >= 0 && fit.scoreLow() <= fit.score() && fit.score() <= fit.scoreHigh()
          && fit.scoreHigh() <= 100 && fit.displayScore().matches("\\d+ \\(\\d+–\\d+\\)");
    });
  }

  @Test
  void no_unassessed_candidate_ranks_above_one_proven_to_meet_the_role() {
    theory(2_000).forAll(FitGen.candidates(), FitGen.candidates(), FitGen.roles()).check((unknown, proven, role) -> {
      Candidate bare = Candidate.builder().from(unknown).id("unassessed").assessments(List.of()).build();
      // proven in a practical case at every required level, and at every must-have's minimum
      Map<Competency, Proficiency> levels = new java.util.EnumMap<>(Competency.class);
      SCORER.policy().requirements(role).byCompetency().forEach((competency, requirement) ->
          levels.put(competency, requirement.required()));
      role.mustHaves().forEach((competency, minimum) -> levels.merge(competency, minimum,
          (a, b) -> a.level() >= b.level() ? a : b));
      Candidate.Builder meets = Candidate.builder().from(proven).id("proven").assessments(List.of());
      levels.forEach((competency, level) -> meets.assess(competency, level, Evidence.PRACTICAL_CASE));
      FitRanking ranking = SCORER.rank(List.of(bare, meets.build()), role);
      return ranking.all().get(0).candidate().id().equals("proven") && ranking.placed().size() == 1;
    });
  }

  @Test
  void must_haves_contradicted_by_evidence_always_exclude() {
    theory(2_000).forAll(FitGen.candidates(), FitGen.roles()).check((c, role) -> {
      FitRanking ranking = SCORER.rank(List.of(c), role);
      FitAssessment fit = ranking.all().get(0);
      boolean contradicted = false;
      for (Map.Entry<Competency, Proficiency> must : role.mustHaves().entrySet()) {
        contradicted |= c.assessment(must.getKey()).map(a -> a.proficiency().level() < must.getValue().level())
            .orElse(false);
      }
      boolean toVerifyFirst = fit.mustHaves().stream().noneMatch(m -> m.status() == MustHaveStatus.TO_VERIFY)
          || fit.interviewFocus().get(0).reason() == FocusReason.MUST_HAVE_TO_VERIFY;
      return contradicted == !fit.meetsMustHaves() && contradicted == (ranking.notMeetingMustHaves().size() == 1)
          && toVerifyFirst;
    });
  }
}
