-- Full-text search. drizzle-kit cannot describe FTS5 tables, so they live in this hand-written migration.
-- Both hold folded text (foldForSearch) and carry the rowid of their offering; contentless, since the
-- offerings table keeps the text itself.
-- Words, for ranking (BM25, title weighted up) and for words shorter than three letters ("KI", "IT").
CREATE VIRTUAL TABLE `offering_words` USING fts5(title, summary, body, keywords, provider, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
-- Trigrams, so that parts of German compounds are found ("schutz" in "Datenschutz") and phrases match:
-- over title, summary, keywords and provider; the long body is left to the word index, which keeps
-- substring search on common words fast.
CREATE VIRTUAL TABLE `offering_trigrams` USING fts5(title, summary, keywords, provider, content='', contentless_delete=1, tokenize='trigram');
--> statement-breakpoint
INSERT INTO `change_counter` (`id`, `seq`) VALUES (1, 0);
