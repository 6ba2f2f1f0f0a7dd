/** nlp: sitrep's own linguistic records and the engine port; no engine's types ever appear here. */
package org.sitrep.nlp;
