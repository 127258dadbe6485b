package dev.revops.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * LanguageTool's French checker, with the revops glossary (terms of the trade left in English on
 * purpose, each with its reason in {@code glossary-fr.tsv}) and the reviewed suppressions of
 * {@code grammar-suppressions.tsv} (a rule, the text it flags or {@code *}, and why it is wrong
 * here). Plus the word lists: English words that must not appear in French output and the reverse.
 */
final class FrenchChecker {

  /** A finding of the checker that no suppression covers. */
  record Finding(String rule, String flagged, String message, String text) {
    @Override
    public String toString() {
      return rule + " «" + flagged + "» (" + message + ") in: " + text;
    }
  }

  private record Suppression(String rule, String flagged) {}

  private final JLanguageTool tool;
  private final List<Suppression> suppressions;
  /** Longest first, so that « Head of Customer Success » goes before « Customer Success ». */
  private final List<String> glossary;
  private final Set<String> englishWords;
  private final Set<String> frenchWords;

  FrenchChecker() {
    tool = new JLanguageTool(Objects.requireNonNull(Languages.getLanguageForShortCode("fr")));
    glossary = rows("glossary-fr.tsv").stream().map(r -> r[0])
        .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    List<String> tokens = new ArrayList<>();
    for (String term : glossary) {
      tokens.addAll(Arrays.asList(term.split("[ ’'-]")));
      tokens.addAll(Arrays.asList(term.split(" ")));
    }
    for (Rule rule : tool.getAllActiveRules()) {
      if (rule instanceof SpellingCheckRule spelling) {
        spelling.addIgnoreTokens(tokens);
      }
    }
    suppressions = rows("grammar-suppressions.tsv").stream().map(r -> new Suppression(r[0], r[1])).toList();
    englishWords = words("english-words.txt");
    frenchWords = words("french-words.txt");
  }

  /** The unsuppressed findings of LanguageTool on a French text. */
  List<Finding> grammar(String text) {
    return grammar(text, Set.of());
  }

  /**
   * The unsuppressed findings of LanguageTool on a French text, also ignoring some rules: a line
   * of a table or a list is not a sentence, so {@code POINT} (a sentence ends with a full stop)
   * does not apply to it.
   */
  List<Finding> grammar(String text, Set<String> ignoredRules) {
    List<Finding> findings = new ArrayList<>();
    try {
      for (RuleMatch match : tool.check(text)) {
        String flagged = text.substring(match.getFromPos(), match.getToPos());
        String rule = match.getRule().getId();
        boolean suppressed = ignoredRules.contains(rule) || suppressions.stream().anyMatch(s -> s.rule().equals(rule)
            && ("*".equals(s.flagged()) || s.flagged().equals(flagged)));
        if (!suppressed) {
          findings.add(new Finding(rule, flagged, match.getMessage(), text));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return findings;
  }

  /** Whether a text is a term of the glossary. */
  boolean isGlossaryTerm(String text) {
    return glossary.contains(text);
  }

  /** The English words of the list found in a French text, glossary terms removed first. */
  List<String> englishIn(String french) {
    return listedWords(withoutGlossary(french), englishWords);
  }

  /** The French words of the list found in an English text. */
  List<String> frenchIn(String english) {
    return listedWords(withoutGlossary(english), frenchWords);
  }

  private String withoutGlossary(String text) {
    String rest = text;
    for (String term : glossary) {
      rest = rest.replaceAll("(?i)(?<![\\p{L}])" + Pattern.quote(term) + "(?![\\p{L}])", " ");
    }
    return rest;
  }

  private static List<String> listedWords(String text, Set<String> listed) {
    return Arrays.stream(text.split("[^\\p{L}’'-]+"))
        .filter(w -> listed.contains(w.toLowerCase(Locale.ROOT)))
        .distinct()
        .toList();
  }

  private static Set<String> words(String resource) {
    return rows(resource).stream().map(r -> r[0].toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  /** The rows of a tab-separated resource, without blank lines and # comments. */
  private static List<String[]> rows(String resource) {
    try (InputStream in = FrenchChecker.class.getResourceAsStream(resource)) {
      Objects.requireNonNull(in, resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
