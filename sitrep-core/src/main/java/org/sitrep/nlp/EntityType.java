package org.sitrep.nlp;

/** Named-entity classes sitrep uses; the adapter maps the engine's tags onto these. */
public enum EntityType { PERSON, ORGANIZATION, LOCATION, MISC, OTHER }
