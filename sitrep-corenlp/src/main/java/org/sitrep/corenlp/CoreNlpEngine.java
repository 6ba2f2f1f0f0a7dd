package org.sitrep.corenlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Optional;
import java.util.Properties;
import org.sitrep.ingest.CleanText;
import org.sitrep.nlp.NlpDoc;
import org.sitrep.nlp.NlpEngine;

/**
 * CoreNLP behind sitrep's {@link NlpEngine} port. Loads its models once, in the constructor; the truecaser, which
 * only shouting documents need, once, on the first such document.
 *
 * <p>sitrep's own profile runs one CRF (the 3-class model) and none of the NER stage's extras: SUTime, the numeric
 * classifiers and fine-grained regexner together cost more than the CRF itself, and sitrep resolves dates and
 * numbers with its own rules, which handle news phrasing ("the previous month", "dozens") that they get wrong.
 *
 * <p>Wire copy set all in capitals (MUC-4's texts, old agency feeds) defeats the cased tagger and NER models: POS
 * tagging slows several-fold and NER finds almost no names. For a document that {@link Shouting#isShouting shouts},
 * the profile first restores case with CoreNLP's truecaser and lets POS, lemma and NER read the restored words;
 * offsets and token texts still come from the text as written (see {@link CoreNlpConversion}).
 */
public final class CoreNlpEngine implements NlpEngine {
  /**
   * Names {@link #sitrepProfile()} for caches of its output: bump it whenever the profile's settings or the
   * conversion into sitrep's types change what it returns.
   */
  public static final String SITREP_PROFILE_ID = "corenlp-4.5.10/sitrep-profile-1";

  private final StanfordCoreNLP cased;
  private final Optional<Lazy<StanfordCoreNLP>> truecasing;

  private CoreNlpEngine(Properties props, Optional<Properties> truecasingProps) {
    this.cased = new StanfordCoreNLP(props);
    this.truecasing = truecasingProps.map(p -> new Lazy<>(() -> new StanfordCoreNLP(p)));
  }

  /** The profile sitrep extracts with: truecases shouting documents first. */
  public static CoreNlpEngine sitrepProfile() {
    return new CoreNlpEngine(sitrepProperties(), Optional.of(truecasingProperties()));
  }

  /** sitrep's profile without the truecasing pass, to measure what it buys on upper-case text. */
  static CoreNlpEngine sitrepProfileWithoutTruecasing() {
    return new CoreNlpEngine(sitrepProperties(), Optional.empty());
  }

  /** CoreNLP's default tokenize..ner pipeline, unchanged (no truecasing either): the benchmark's baseline. */
  public static CoreNlpEngine defaultNerBaseline() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    return new CoreNlpEngine(p, Optional.empty());
  }

  private static Properties sitrepProperties() {
    Properties p = common();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    nerSettings(p);
    return p;
  }

  /**
   * The sitrep profile with truecase between ssplit and pos. {@code overwriteText} makes the tagger, lemmatizer and
   * NER read the truecased word; every other setting equals the cased profile's, so CoreNLP's annotator pool hands
   * both pipelines the same tokenizer, tagger and CRF and the only extra model in memory is the truecaser.
   */
  private static Properties truecasingProperties() {
    Properties p = common();
    p.setProperty("annotators", "tokenize,ssplit,truecase,pos,lemma,ner");
    p.setProperty("truecase.model", "edu/stanford/nlp/models/truecase/truecasing.fast.caseless.qn.ser.gz");
    p.setProperty("truecase.overwriteText", "true");
    nerSettings(p);
    return p;
  }

  private static void nerSettings(Properties p) {
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
  }

  private static Properties common() {
    Properties p = new Properties();
    // Blank lines end paragraphs; the cleaner has already joined hard-wrapped lines.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("tokenize.options", "ptb3Escaping=false,normalizeParentheses=false,normalizeOtherBrackets=false");
    return p;
  }

  @Override
  public NlpDoc analyze(CleanText text) {
    StanfordCoreNLP pipeline = truecasing.isPresent() && Shouting.isShouting(text.text())
        ? truecasing.get().get()
        : cased;
    Annotation annotation = new Annotation(text.text());
    pipeline.annotate(annotation);
    return CoreNlpConversion.toNlpDoc(text, annotation);
  }
}
