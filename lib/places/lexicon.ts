/**
 * Word lists for telling place names from the other capitalised words of news text.
 * All entries are folded (lower case, no accents): compare against foldName(token).
 */

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Gazetteer names that are also common words or names: matched only with a place cue or in a list of places. */
export const WEAK_NAMES = words(`
  san ber boni bla bara bamba fafa sio dilly sarro moura fana fada bobo dire tera seno sangha
  man say po pama leo lola toma laye mani loga dano gaya kaya reo niou pout pita fria divo yako aleg atar dara
  manga bama touba sebba tanda sahara gourma washington paris lagos tripoli kano fassala liptako
  dori ouaga hippodrome kalaban tassia gory pogo bondo saye same bore dogo mahou
`);

/** GeoNames alternate spellings that are words or names far more often than places: never indexed. */
export const NEVER_NAMES = words(`
  arafat bingo doris divas tongue alzira sion rosas rosa lev put tub lai lay ume dar mane saba tuba bila kaba laba
  moti segi alge alse alje kula arra dab tabu coya kiff roco meke luga difa gava gaua agye kolo jako kaja
`);

/** Common West African surnames that are also place names in GeoNames (Keita in Niger…). */
export const SURNAMES = words(`
  keita diarra traore toure coulibaly sangare maiga cisse diallo konate doumbia sidibe dembele ba sow bah kone
  camara sylla barry kante drame fofana guindo dicko tall sanogo goita diop ndiaye fall sy niang kouyate
  kane dia thiam wade gueye ag ould koufa ghaly tiani tchiani bazoum macron putin poutine prigozhin prigojine
  guterres biden trump blinken lavrov damiba kabore ouattara sall faye tebboune ghazouani doumbouya wagui
`);

/** First names and titles: a place name right after one is a person's name ("Amadou Koufa", "President Tiani"). */
export const PERSON_BEFORE = words(`
  amadou ahmadou mamadou moussa ibrahim ibrahima oumar omar abdoulaye assimi iyad sadio ismael modibo soumeylou
  boubacar boubou choguel abdoul abdel hamadoun hama alpha ali aliou bakary seydou souleymane sekou salif cheick
  cheickh sidi mohamed mohammed muhammad mahamadou mahamat ahmed yacouba youssouf issa hassan oumou aminata
  fatoumata mariam kadidia emmanuel joe donald vladimir yevgeny abdelmalek abu abou adama dramane tieman macky
  ousmane idriss malick karim abdourahamane abdourahmane bazoum tiani traore wagner ansar
  president presidente colonel col general gen minister ministre captain capitaine lieutenant lt sergeant sergent
  commander commandant mr mrs ms mme mlle dr imam sheikh cheikh chief chef governor gouverneur mayor maire
  prime king roi prince saint st ste sainte sir lord brigadier major marshal marechal ambassador ambassadeur
  senator senateur pope pape professor professeur monsieur madame
`);

/** Capitalised words that a grammar cue ("in X", "à X") must not take for a place. */
export const NOT_PLACE = words(`
  monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche
  january february march april may june july august september october november december
  janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
  the a an this that these those his her its their our my your le la les l un une des ce cet cette ces son sa ses
  leur leurs notre nos votre vos mon ma mes i we they he she it il elle ils elles on nous vous
  and or but et ou mais if si when while as since what which who where how there here
  all both each every some many most such other another several any no none
  north northern south southern east eastern west western central centre center nord sud est ouest upper lower
  malian malians malien malienne maliens maliennes burkinabe nigerien nigerienne mauritanian mauritanien
  french francais francaise russian russe russes american americain americaine algerian algerien ivorian ivoirien
  senegalese senegalais guinean guineen chadian tchadien libyan libyen nigerian european europeen african africain
  fulani fula peul peuls peulh peulhs dogon dogons bambara bambaras tuareg tuaregs touareg touaregs arab arabs arabe
  arabes songhai songhay songhoi bozo dozo dozos islam islamic islamique islamiste islamist islamists muslim
  muslims musulman musulmans christian chretien english anglais arabic tamasheq fulfulde
  jnim gsim isgs issp eigs is isis daesh ei fla csp msa gatia hcua cma fama minusma ecowas cedeao aes un onu
  acled site hrw amnesty reuters afp ap rfi bbc cnn voa wagner barkhane serval takuba eutm eucap g5 nato otan
  al qaeda qaida aqmi aqim ansar ansarul boko iswap telegram facebook twitter whatsapp youtube x tiktok
  god allah dieu ramadan tabaski christmas noel easter paques covid
  parliament congress assembly senate council government gouvernement ministry ministere army armee forces
  police gendarmerie operation statement communique report rapport internet tv radio television
  village villages town city region cercle commune district camp base border frontiere area zone locality
  localite province capital capitale road route
  mr mrs dr president general colonel minister
  according selon however but meanwhile moreover also yet still then thus
`);

/** Words that make a capitalised sequence an organisation or a title, not a place. */
export const ORG_WORDS = words(`
  international university universite hospital hopital agency agence group groupe ministry ministere council
  conseil front movement mouvement coordination alliance forces force army armee police news press presse
  times journal institute institut foundation fondation company corp ltd bank banque airlines air watch rights
  nations union commission office brigade battalion bataillon katiba operation task corps network reseau
  tv radio television committee comite association party parti court cour tribunal hotel radisson resort
  restaurant blu house institution center centre foundation crisis chatham
`);
