/** Lower case, ß as ss, accents and umlauts as plain letters: how the classifier and search compare words. */
export function foldText(text: string): string {
  return text.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
