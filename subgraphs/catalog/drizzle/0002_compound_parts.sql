-- Parts of German compounds ("schutz" in "Datenschutz") are found through the word index's own
-- vocabulary: the words that contain a searched term are added to the one ranked query. The trigram
-- table did the same with a second query that cost as much as the search itself, and is dropped.
DROP TABLE `offering_trigrams`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `offering_words_vocabulary` USING fts5vocab(`offering_words`, 'row');
