/** Lower case, ß as ss, accents and umlauts as plain letters: how the classifier compares words. */
export function foldText(text: string): string {
  return text.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * How search compares words: `foldText`, and then the spellings Germans type without umlauts
 * (ae, oe, ue) read as the plain vowel too, so "Fuehrung", "Fuhrung" and "Führung" are one word.
 * Applied alike to what is indexed and to what is searched, so it only has to be consistent.
 */
export function foldForSearch(text: string): string {
  return foldText(text).replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
}
