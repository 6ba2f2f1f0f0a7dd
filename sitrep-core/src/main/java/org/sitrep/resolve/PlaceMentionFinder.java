package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.domain.Evidence;
import org.sitrep.nlp.EntityMention;
import org.sitrep.nlp.EntityType;
import org.sitrep.nlp.NlpDoc;

/** Placeholder until the gazetteer branch lands: NER LOCATION mentions only. */
public final class PlaceMentionFinder {
  public PlaceMentionFinder(Gazetteer g) {}

  public List<PlaceMention> find(NlpDoc doc) {
    List<PlaceMention> out = new ArrayList<>();
    for (EntityMention m : doc.mentions()) {
      if (m.type() == EntityType.LOCATION) out.add(new PlaceMention(m.text(), Evidence.of(doc.raw(), m.start(), m.end(), m.sentence())));
    }
    return out;
  }
}
