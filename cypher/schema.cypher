// The graph model. Idempotent: `npm run seed` and `npm start` run it every time.
// Entities carry the label Entity plus their type (Person, Country, Organization, Place).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (v:Evidence) REQUIRE v.id IS UNIQUE;
CREATE CONSTRAINT saved_view_id IF NOT EXISTS FOR (v:SavedView) REQUIRE v.id IS UNIQUE;
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.entityType);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX evidence_relation IF NOT EXISTS FOR (v:Evidence) ON (v.relationId);
CREATE INDEX article_hash IF NOT EXISTS FOR (a:Article) ON (a.contentHash);
// Names, Vietnamese names and aliases, folded (Thổ Nhĩ Kỳ = tho nhi ky), for search.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.nameVi, e.searchAliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
// One id index per relationship type, so an edge id resolves without a scan.
CREATE INDEX rel_member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.id);
CREATE INDEX rel_co_chairs_id IF NOT EXISTS FOR ()-[r:CO_CHAIRS]-() ON (r.id);
CREATE INDEX rel_holds_office_id IF NOT EXISTS FOR ()-[r:HOLDS_OFFICE]-() ON (r.id);
CREATE INDEX rel_located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.id);
CREATE INDEX rel_allied_with_id IF NOT EXISTS FOR ()-[r:ALLIED_WITH]-() ON (r.id);
CREATE INDEX rel_consulted_id IF NOT EXISTS FOR ()-[r:CONSULTED]-() ON (r.id);
CREATE INDEX rel_called_id IF NOT EXISTS FOR ()-[r:CALLED]-() ON (r.id);
CREATE INDEX rel_visited_id IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.id);
CREATE INDEX rel_met_id IF NOT EXISTS FOR ()-[r:MET]-() ON (r.id);
CREATE INDEX rel_cooperates_with_id IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.id);
CREATE INDEX rel_supports_id IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.id);
CREATE INDEX rel_praises_id IF NOT EXISTS FOR ()-[r:PRAISES]-() ON (r.id);
CREATE INDEX rel_provides_military_aid_id IF NOT EXISTS FOR ()-[r:PROVIDES_MILITARY_AID]-() ON (r.id);
CREATE INDEX rel_mediates_id IF NOT EXISTS FOR ()-[r:MEDIATES]-() ON (r.id);
CREATE INDEX rel_appeals_to_id IF NOT EXISTS FOR ()-[r:APPEALS_TO]-() ON (r.id);
CREATE INDEX rel_agreed_with_id IF NOT EXISTS FOR ()-[r:AGREED_WITH]-() ON (r.id);
CREATE INDEX rel_accuses_id IF NOT EXISTS FOR ()-[r:ACCUSES]-() ON (r.id);
CREATE INDEX rel_criticizes_id IF NOT EXISTS FOR ()-[r:CRITICIZES]-() ON (r.id);
CREATE INDEX rel_threatens_id IF NOT EXISTS FOR ()-[r:THREATENS]-() ON (r.id);
CREATE INDEX rel_reduces_relations_id IF NOT EXISTS FOR ()-[r:REDUCES_RELATIONS]-() ON (r.id);
CREATE INDEX rel_fights_id IF NOT EXISTS FOR ()-[r:FIGHTS]-() ON (r.id);
