package org.sitrep.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JsonPatternTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** Single quotes in the test source read better than escaped double quotes. */
  private static JsonNode json(String singleQuoted) {
    try {
      return MAPPER.readTree(singleQuoted.replace('\'', '"'));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("bad JSON in test: " + singleQuoted, e);
    }
  }

  private static List<String> mismatches(String pattern, String actual) {
    return JsonPattern.mismatches(json(pattern), json(actual));
  }

  @Nested
  class ObjectPatterns {
    @Test
    void keysAbsentFromThePatternAreIgnored() {
      assertThat(mismatches("{'type':'bombing'}", "{'type':'bombing','status':'current','id':'x'}")).isEmpty();
    }

    @Test
    void aDifferingValueIsReportedWithItsPath() {
      assertThat(mismatches("{'date':{'start':'2025-03-11','precision':'day'}}",
          "{'date':{'start':'2025-03-10','precision':'day'}}"))
          .containsExactly("$.date.start: expected \"2025-03-11\", got \"2025-03-10\"");
    }

    @Test
    void aMissingKeyIsAMismatch() {
      assertThat(mismatches("{'type':'bombing'}", "{'status':'current'}"))
          .containsExactly("$.type: expected \"bombing\", got nothing (no such key)");
    }

    @Test
    void everyMismatchingKeyIsReported() {
      assertThat(mismatches("{'a':1,'b':2,'c':3}", "{'a':1,'b':5,'c':6}")).hasSize(2);
    }

    @Test
    void anObjectPatternDoesNotMatchOtherKinds() {
      assertThat(mismatches("{'a':1}", "[{'a':1}]")).singleElement().asString().startsWith("$: expected an object");
      assertThat(mismatches("{}", "'text'")).hasSize(1);
    }

    @Test
    void oddKeysAreQuotedInPaths() {
      assertThat(mismatches("{'a b':1}", "{'a b':2}")).containsExactly("$[\"a b\"]: expected 1, got 2");
    }
  }

  @Nested
  class ArrayPatterns {
    @Test
    void containmentIgnoresOrderAndExtraElements() {
      assertThat(mismatches("[{'k':2},{'k':1}]", "[{'k':1},{'k':3},{'k':2}]")).isEmpty();
    }

    @Test
    void eachPatternElementNeedsItsOwnActualElement() {
      List<String> m = mismatches("[{'k':1},{'k':1}]", "[{'k':1,'x':0}]");
      assertThat(m).singleElement().asString().contains("matches only element(s) [0]");
    }

    @Test
    void theAssignmentIsSearchedNotGreedy() {
      // Greedy would give pattern 0 actual 0 and leave pattern 1 nothing; the only assignment is the crossed one.
      assertThat(mismatches("[{'k':1},{'k':1,'v':2}]", "[{'k':1,'v':2},{'k':1,'v':3}]")).isEmpty();
    }

    @Test
    void anUnmatchedElementShowsHowItsClosestCandidateDiffers() {
      List<String> m = mismatches("{'tolls':[{'group':'hostages','outcome':'killed','min':27}]}",
          "{'tolls':[{'group':'all','outcome':'injured','min':3},{'group':'hostages','outcome':'killed','min':26}]}");
      assertThat(m).containsExactly(
          "$.tolls[#0]: no element matches {\"group\":\"hostages\",\"outcome\":\"killed\",\"min\":27}; closest is [1]:",
          "$.tolls[#0→1].min: expected 27, got 26");
    }

    @Test
    void anEmptyActualArrayIsReported() {
      assertThat(mismatches("[{'k':1}]", "[]")).singleElement().asString().contains("the array is empty");
    }

    @Test
    void anEmptyArrayPatternMatchesAnyArrayButNothingElse() {
      assertThat(mismatches("[]", "[1,2]")).isEmpty();
      assertThat(mismatches("[]", "{}")).singleElement().asString().contains("expected an array");
    }

    @Test
    void nestedArraysMatchRecursively() {
      assertThat(mismatches("[{'quotes':[{'speaker':'~basit'}]}]",
          "[{'quotes':[]},{'quotes':[{'speaker':'Abdul Basit'}]}]")).isEmpty();
    }
  }

  @Nested
  class ExactlyOperator {
    @Test
    void equalLengthAndContainmentMatches() {
      assertThat(mismatches("{'$exactly':[{'k':2},{'k':1}]}", "[{'k':1},{'k':2}]")).isEmpty();
    }

    @Test
    void anExtraActualElementIsReported() {
      List<String> m = mismatches("{'$exactly':[{'k':1}]}", "[{'k':1},{'k':2}]");
      assertThat(m).containsExactly("$: expected exactly 1 element, got 2", "$[1]: unexpected element {\"k\":2}");
    }

    @Test
    void aMissingActualElementIsReported() {
      assertThat(mismatches("{'$exactly':[{'k':1},{'k':2}]}", "[{'k':1}]"))
          .contains("$: expected exactly 2 elements, got 1");
    }

    @Test
    void emptyMeansEmpty() {
      assertThat(mismatches("{'incidents':{'$exactly':[]}}", "{'incidents':[]}")).isEmpty();
      assertThat(mismatches("{'incidents':{'$exactly':[]}}", "{'incidents':[{'type':'riot'}]}"))
          .contains("$.incidents: expected exactly 0 elements, got 1");
    }

    @Test
    void malformedOperatorsAreTestBugs() {
      assertThatThrownBy(() -> mismatches("{'$exactly':[],'k':1}", "[]")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> mismatches("{'$exactly':{}}", "[]")).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class ScalarPatterns {
    @Test
    void tildeIsACaseInsensitiveSubstring() {
      assertThat(mismatches("'~security SOURCE'", "'the Security source'")).isEmpty();
      assertThat(mismatches("'~Basit'", "'Abdul Basit'")).isEmpty();
    }

    @Test
    void tildeFailsWhenAbsentOrNotText() {
      assertThat(mismatches("'~Sharif'", "'Abdul Basit'"))
          .containsExactly("$: expected text containing \"Sharif\", got \"Abdul Basit\"");
      assertThat(mismatches("'~1'", "1")).hasSize(1);
      assertThat(mismatches("'~x'", "null")).hasSize(1);
    }

    @Test
    void plainStringsAreExactAndCaseSensitive() {
      assertThat(mismatches("'PK'", "'PK'")).isEmpty();
      assertThat(mismatches("'PK'", "'pk'")).hasSize(1);
      assertThat(mismatches("'Basit'", "'Abdul Basit'")).hasSize(1);
    }

    @Test
    void numbersCompareByValue() {
      assertThat(mismatches("27", "27.0")).isEmpty();
      assertThat(mismatches("27", "28")).containsExactly("$: expected 27, got 28");
      assertThat(mismatches("27", "'27'")).hasSize(1);
    }

    @Test
    void nullMatchesNullOrAbsentOnly() {
      assertThat(mismatches("{'max':null}", "{'max':null}")).isEmpty();
      assertThat(mismatches("{'max':null}", "{}")).isEmpty();
      assertThat(mismatches("{'max':null}", "{'max':0}")).containsExactly("$.max: expected null, got 0");
      assertThat(mismatches("{'max':null}", "{'max':''}")).hasSize(1);
    }

    @Test
    void booleansAreEqual() {
      assertThat(mismatches("{'claimed_responsibility':true}", "{'claimed_responsibility':true}")).isEmpty();
      assertThat(mismatches("{'claimed_responsibility':true}", "{'claimed_responsibility':false}")).hasSize(1);
      assertThat(mismatches("true", "'true'")).hasSize(1);
    }

    @Test
    void aNullActualIsAbsent() {
      assertThat(JsonPattern.mismatches(NullNode.getInstance(), null)).isEmpty();
      assertThat(JsonPattern.mismatches(IntNode.valueOf(1), null)).hasSize(1);
    }
  }

  // Properties over generated JSON trees.

  @Property(tries = 200)
  void everyValueMatchesItself(@ForAll("trees") JsonNode tree) {
    assertThat(JsonPattern.mismatches(tree, tree)).isEmpty();
  }

  @Property(tries = 200)
  void anyShuffledSubsetOfAnArrayMatchesIt(@ForAll("arrays") ArrayNode actual, @ForAll long seed) {
    Random random = new Random(seed);
    List<JsonNode> subset = new ArrayList<>();
    actual.forEach(e -> { if (random.nextBoolean()) subset.add(e); });
    Collections.shuffle(subset, random);
    ArrayNode pattern = F.arrayNode().addAll(subset);
    assertThat(JsonPattern.mismatches(pattern, actual)).isEmpty();
    ObjectNode exactly = F.objectNode();
    exactly.set(JsonPattern.EXACTLY, pattern);
    assertThat(JsonPattern.matches(exactly, actual)).isEqualTo(subset.size() == actual.size());
  }

  @Property(tries = 200)
  void aKeyTheActualObjectLacksIsAlwaysReported(@ForAll("objects") ObjectNode actual) {
    ObjectNode pattern = actual.deepCopy();
    pattern.put("zz_not_generated", 1);
    assertThat(JsonPattern.mismatches(pattern, actual)).anySatisfy(m -> assertThat(m).startsWith("$.zz_not_generated"));
  }

  @Property(tries = 200)
  void aChangedLeafIsAlwaysReported(@ForAll("objects") ObjectNode actual, @ForAll int value) {
    ObjectNode pattern = actual.deepCopy();
    ObjectNode changed = actual.deepCopy();
    pattern.put("leaf", value);
    changed.put("leaf", (long) value + 1);
    assertThat(JsonPattern.mismatches(pattern, changed)).containsExactly(
        "$.leaf: expected " + value + ", got " + ((long) value + 1));
  }

  @Provide
  Arbitrary<JsonNode> trees() { return tree(3); }

  @Provide
  Arbitrary<ArrayNode> arrays() {
    return tree(2).list().ofMaxSize(6).map(l -> F.arrayNode().addAll(l));
  }

  @Provide
  Arbitrary<ObjectNode> objects() {
    return Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(4), tree(2)).ofMaxSize(4)
        .map(m -> { ObjectNode o = F.objectNode(); m.forEach(o::set); return o; });
  }

  private Arbitrary<JsonNode> tree(int depth) {
    Arbitrary<JsonNode> scalar = Arbitraries.oneOf(
        Arbitraries.integers().between(-1000, 1000).map(IntNode::valueOf),
        Arbitraries.strings().withChars("~aB x").ofMaxLength(5).map(TextNode::valueOf),
        Arbitraries.of(BooleanNode.TRUE, BooleanNode.FALSE, NullNode.getInstance()));
    if (depth == 0) return scalar;
    Arbitrary<JsonNode> child = tree(depth - 1);
    Arbitrary<JsonNode> array = child.list().ofMaxSize(4).map(l -> F.arrayNode().addAll(l));
    Arbitrary<JsonNode> object = Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(4), child)
        .ofMaxSize(4).map(m -> { ObjectNode o = F.objectNode(); m.forEach(o::set); return o; });
    return Arbitraries.frequencyOf(Tuple.of(3, scalar), Tuple.of(1, array), Tuple.of(1, object));
  }
}
