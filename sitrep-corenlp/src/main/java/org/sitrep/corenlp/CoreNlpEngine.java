package org.sitrep.corenlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import org.sitrep.ingest.CleanText;
import org.sitrep.nlp.NlpDoc;
import org.sitrep.nlp.NlpEngine;

/**
 * CoreNLP behind sitrep's {@link NlpEngine} port. Loads its models once, in the constructor.
 *
 * <p>sitrep's own profile runs one CRF (the 3-class model) and none of the NER stage's extras: SUTime, the numeric
 * classifiers and fine-grained regexner together cost more than the CRF itself, and sitrep resolves dates and
 * numbers with its own rules, which handle news phrasing ("the previous month", "dozens") that they get wrong.
 */
public final class CoreNlpEngine implements NlpEngine {
  private final StanfordCoreNLP corenlp;

  private CoreNlpEngine(Properties props) {
    this.corenlp = new StanfordCoreNLP(props);
  }

  /** The profile sitrep extracts with. */
  public static CoreNlpEngine sitrepProfile() {
    Properties p = common();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    return new CoreNlpEngine(p);
  }

  /** CoreNLP's default tokenize..ner pipeline, unchanged: the benchmark's baseline. */
  public static CoreNlpEngine defaultNerBaseline() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    return new CoreNlpEngine(p);
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
    Annotation annotation = new Annotation(text.text());
    corenlp.annotate(annotation);
    return CoreNlpConversion.toNlpDoc(text, annotation);
  }
}
