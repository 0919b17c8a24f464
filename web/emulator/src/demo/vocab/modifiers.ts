import type { Translated } from '../types.js';
import { same, tr } from './translate.js';

/**
 * Title suffixes (" – Matte Black", " – Ethiopia"). They stand after a dash, so no language has to
 * inflect them to agree with the noun.
 */
export const MODIFIERS: Readonly<Record<string, readonly Translated[]>> = {
  colors: [
    tr('Matte Black', 'Matzwart', 'Mattschwarz', 'Matt svart'),
    tr('Brushed Steel', 'Geborsteld staal', 'Gebürsteter Stahl', 'Børstet stål'),
    tr('White', 'Wit', 'Weiß', 'Hvit'),
    tr('Copper', 'Koper', 'Kupfer', 'Kobber'),
    tr('Sage Green', 'Saliegroen', 'Salbeigrün', 'Salviegrønn'),
    tr('Walnut', 'Notenhout', 'Walnuss', 'Valnøtt'),
  ],
  outdoorColors: [
    tr('Forest Green', 'Bosgroen', 'Waldgrün', 'Skoggrønn'),
    same('Sand'),
    tr('Orange', 'Oranje', 'Orange', 'Oransje'),
    tr('Slate Grey', 'Leigrijs', 'Schiefergrau', 'Skifergrå'),
    tr('Navy', 'Marineblauw', 'Marineblau', 'Marineblå'),
  ],
  origins: [
    tr('Ethiopia', 'Ethiopië', 'Äthiopien', 'Etiopia'),
    tr('Colombia', 'Colombia', 'Kolumbien', 'Colombia'),
    tr('Brazil', 'Brazilië', 'Brasilien', 'Brasil'),
    tr('Kenya', 'Kenia', 'Kenia', 'Kenya'),
    same('Guatemala'),
    same('Sumatra'),
    same('Rwanda'),
    same('Costa Rica'),
    tr('House Blend', 'Huismelange', 'Hausmischung', 'Husets blanding'),
    tr('Decaf', 'Cafeïnevrij', 'Entkoffeiniert', 'Koffeinfri'),
  ],
  filterTypes: [
    tr('Size 01', 'Maat 01', 'Größe 01', 'Størrelse 01'),
    tr('Size 02', 'Maat 02', 'Größe 02', 'Størrelse 02'),
    tr('Unbleached', 'Ongebleekt', 'Ungebleicht', 'Ubleket'),
    tr('White', 'Wit', 'Weiß', 'Hvit'),
  ],
  teaFlavours: [
    tr('Jasmine', 'Jasmijn', 'Jasmin', 'Jasmin'),
    same('Earl Grey'),
    tr('Peppermint', 'Pepermunt', 'Pfefferminze', 'Peppermynte'),
    tr('Ginger & Lemon', 'Gember & citroen', 'Ingwer & Zitrone', 'Ingefær og sitron'),
    same('Sencha'),
    same('Darjeeling'),
    same('Rooibos'),
    tr('Chamomile', 'Kamille', 'Kamille', 'Kamille'),
  ],
  matchaGrades: [
    tr('Ceremonial Grade', 'Ceremoniële kwaliteit', 'Zeremonielle Qualität', 'Seremoniell kvalitet'),
    tr('Culinary Grade', 'Culinaire kwaliteit', 'Küchenqualität', 'Kokekvalitet'),
    tr('Organic', 'Biologisch', 'Bio', 'Økologisk'),
  ],
  skinTypes: [
    tr('Hydrating', 'Hydraterend', 'Feuchtigkeitsspendend', 'Fuktighetsgivende'),
    tr('Sensitive Skin', 'Gevoelige huid', 'Empfindliche Haut', 'Sensitiv hud'),
    tr('Brightening', 'Verhelderend', 'Aufhellend', 'Lysnende'),
    tr('Calming', 'Kalmerend', 'Beruhigend', 'Beroligende'),
    tr('Oil Control', 'Matterend', 'Mattierend', 'Matterende'),
    tr('Repair', 'Herstellend', 'Regenerierend', 'Reparerende'),
  ],
  sunTypes: [
    tr('Face', 'Gezicht', 'Gesicht', 'Ansikt'),
    tr('Body', 'Lichaam', 'Körper', 'Kropp'),
    tr('Sensitive Skin', 'Gevoelige huid', 'Empfindliche Haut', 'Sensitiv hud'),
    tr('Kids', 'Kinderen', 'Kinder', 'Barn'),
  ],
  scents: [
    tr('Vanilla', 'Vanille', 'Vanille', 'Vanilje'),
    tr('Mint', 'Munt', 'Minze', 'Mynte'),
    tr('Unscented', 'Parfumvrij', 'Parfümfrei', 'Uparfymert'),
    tr('Honey', 'Honing', 'Honig', 'Honning'),
    tr('Lavender', 'Lavendel', 'Lavendel', 'Lavendel'),
  ],
  batterySizes: [same('AA'), same('AAA')],
  gasSizes: [same('100 g'), same('230 g'), same('450 g')],
};
