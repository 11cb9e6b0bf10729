/**
 * The sentences of the benchmark's synthetic news (news-corpus.ts), written for it: how each kind
 * of incident is told (a trigger of every sub-event type), and what else conflict reporting says
 * around it (tolls, quotes, claims, reactions, background, the region's other news). Placeholders
 * in braces are filled by news-corpus.ts from the actor lexicons, the gazetteer's towns and numbers.
 *
 *   {group} an armed group of the country, as news writes it ({fighters}: "JNIM fighters", but "gunmen");
 *   {forces} its army, {police} its police;
 *   {town}, {town2} towns of the country; {country}; {demonym}; {when} the day ("on Tuesday");
 *   {n} the dead, {m} the wounded, {k} a small count, {big} a large figure, {year} a past year,
 *   {month} a month; {victims} those attacked; {said} who said so; {person}, {role} a named speaker.
 */
import type { EventType } from "../src/core/event-types.ts";

/** How often a kind of incident leads an article (relative), and the sentences that tell it. */
export const INCIDENTS: Array<{ type: EventType; weight: number; told: string[] }> = [
  {
    type: "armed_clash",
    weight: 16,
    told: [
      "{Fighters} ambushed a convoy of {forces} near {town} {when}, killing {n} soldiers, {said}.",
      "Heavy fighting broke out between {forces} and {group} on the outskirts of {town} {when}, leaving {n} people dead, {said}.",
      "{Forces} clashed with {group} in {town} {when} in a battle that lasted several hours, {said}.",
      "At least {n} fighters were killed when {group} and {forces} exchanged fire near {town} {when}, {said}.",
    ],
  },
  {
    type: "government_regains_territory",
    weight: 2,
    told: ["{Forces} recaptured the town of {town} from {group} {when} after days of fighting, {said}."],
  },
  {
    type: "non_state_actor_overtakes_territory",
    weight: 2,
    told: ["{Group} seized control of {town} {when} after {forces} withdrew from their positions, {said}."],
  },
  {
    type: "chemical_weapon",
    weight: 1,
    told: ["Doctors in {town} treated {m} people for breathing problems after a suspected chlorine gas attack {when}, {said}."],
  },
  {
    type: "air_drone_strike",
    weight: 12,
    told: [
      "An air strike hit a market in {town} {when}, killing {n} {victims} and wounding {m} others, {said}.",
      "Warplanes bombed a village near {town} {when}, killing {n} people, including women and children, {said}.",
      "A drone strike on a vehicle near {town} killed {n} suspected members of {group} {when}, {said}.",
    ],
  },
  {
    type: "suicide_bomb",
    weight: 3,
    told: ["A suicide bomber blew himself up at a checkpoint in {town} {when}, killing {n} people and wounding {m}, {said}."],
  },
  {
    type: "shelling_artillery_missile_attack",
    weight: 12,
    told: [
      "{Forces} shelled residential areas of {town} {when}, killing {n} {victims}, {said}.",
      "Rockets landed on a crowded neighbourhood of {town} {when}, killing {n} people and damaging dozens of homes, {said}.",
      "A missile strike hit an apartment block in {town} {when}, killing {n} residents, {said}.",
    ],
  },
  {
    type: "remote_explosive_landmine_ied",
    weight: 8,
    told: [
      "A roadside bomb exploded under a minibus near {town} {when}, killing {n} passengers, {said}.",
      "{N} soldiers were killed when their vehicle hit a landmine on the road between {town} and {town2} {when}, {said}.",
      "A car bomb went off outside a government building in {town} {when}, killing {n} people, {said}.",
    ],
  },
  {
    type: "grenade",
    weight: 1,
    told: ["Unknown attackers threw a grenade into a bar in {town} {when}, wounding {m} people, {said}."],
  },
  {
    type: "sexual_violence",
    weight: 1,
    told: ["{Fighters} raped {k} women in a village near {town} {when}, {said}."],
  },
  {
    type: "attack",
    weight: 12,
    told: [
      "Gunmen attacked the village of {town} {when}, killing {n} {victims} and burning houses, {said}.",
      "{Fighters} opened fire on worshippers at a mosque in {town} {when}, killing {n} people, {said}.",
      "Armed men on motorbikes raided a market in {town} {when} and shot dead {n} traders, {said}.",
    ],
  },
  {
    type: "abduction_forced_disappearance",
    weight: 5,
    told: [
      "{Group} kidnapped {k} passengers from a bus on the road to {town} {when}, {said}.",
      "Gunmen abducted {k} students from a school in {town} {when}, {said}.",
    ],
  },
  {
    type: "arrests",
    weight: 5,
    told: ["{Police} arrested {k} suspected members of {group} in {town} {when}, {said}."],
  },
  {
    type: "peaceful_protest",
    weight: 7,
    told: [
      "Hundreds of people protested in {town} {when} against the rising cost of living, {said}.",
      "Demonstrators marched through the centre of {town} {when} to demand the release of detained activists, {said}.",
    ],
  },
  {
    type: "protest_with_intervention",
    weight: 2,
    told: ["{Police} fired tear gas to disperse hundreds of protesters in {town} {when}, {said}."],
  },
  {
    type: "excessive_force_against_protesters",
    weight: 1,
    told: ["Security forces opened fire on protesters in {town} {when}, killing {n} demonstrators, {said}."],
  },
  {
    type: "violent_demonstration",
    weight: 2,
    told: ["Rioters torched shops and clashed with {police} in {town} {when} after a disputed local election, {said}."],
  },
  {
    type: "mob_violence",
    weight: 2,
    told: ["A mob lynched {k} men accused of theft in a market in {town} {when}, {said}."],
  },
  {
    type: "agreement",
    weight: 1,
    told: ["The government and {group} signed a ceasefire agreement in {town} {when}, {said}."],
  },
  {
    type: "change_to_group_activity",
    weight: 2,
    told: ["Authorities imposed a curfew on {town} {when} after a week of unrest, {said}."],
  },
  {
    type: "disrupted_weapons_use",
    weight: 3,
    told: [
      "Air defences intercepted {k} drones over {town} {when}, {said}.",
      "Soldiers defused a bomb planted near a police station in {town} {when}, {said}.",
    ],
  },
  {
    type: "headquarters_or_base_established",
    weight: 1,
    told: ["{Group} established a new base in the hills outside {town} {when}, {said}."],
  },
  {
    type: "looting_property_destruction",
    weight: 2,
    told: ["Armed men looted shops and set fire to houses in {town} {when}, {said}."],
  },
  {
    type: "non_violent_transfer_of_territory",
    weight: 1,
    told: ["{Forces} handed over their base in {town} to local authorities {when}, {said}."],
  },
  {
    type: "other",
    weight: 1,
    told: ["Residents discovered a mass grave on the edge of {town} {when}, {said}."],
  },
];

/** Who said so, closing a sentence. */
export const SAID = [
  "officials said",
  "a local official said",
  "residents said",
  "witnesses told reporters",
  "the army said in a statement",
  "police said",
  "a security source said",
  "{person}, {role}, said",
  "according to {person}, {role}",
  "{role} {person} told reporters",
  "medical sources said",
  "a monitoring group said",
];

/** Speakers' positions. */
export const ROLES = [
  "a local official",
  "a spokesman for the army",
  "the district commissioner",
  "a police spokesman",
  "the regional governor",
  "a community leader",
  "a doctor at the main hospital",
  "a spokeswoman for the interior ministry",
  "a member of parliament for the area",
  "an aid worker",
];

/** People's names, given and family, put together at random. */
export const GIVEN_NAMES = [
  "Ahmed",
  "Fatima",
  "Ibrahim",
  "Olena",
  "Mykola",
  "Aung",
  "Amina",
  "Musa",
  "Halima",
  "Yusuf",
  "Omar",
  "Layla",
  "Hassan",
  "Nadia",
  "Samuel",
  "Grace",
  "Mohammed",
  "Khalid",
  "Mariam",
  "Abdullahi",
  "Tatiana",
  "Zaw",
  "Aisha",
  "Joseph",
  "Ali",
];
export const FAMILY_NAMES = [
  "Hassan",
  "Bello",
  "Kovalenko",
  "Shevchenko",
  "Min",
  "Abdi",
  "Mohamed",
  "Haidari",
  "Karimi",
  "Okafor",
  "Diallo",
  "Traore",
  "Al-Hakim",
  "Nasser",
  "Tun",
  "Yusuf",
  "Ouedraogo",
  "Bondarenko",
  "Rahimi",
  "Mahmoud",
  "Kabila",
  "Mensah",
];

/** What a witness or an official is quoted saying. */
export const QUOTES = [
  "We heard gunshots for about two hours, and then everyone ran into the bush",
  "The situation is calm now, but people are afraid to leave their homes",
  "Our forces are pursuing the attackers and will bring them to justice",
  "We have buried {n} people so far, and more bodies are still being found",
  "The hospital is overwhelmed and we are running out of blood and medicine",
  "This is the third time this year that our village has been targeted",
  "We call on the government to send more troops to protect civilians",
  "They came at night, took our cattle and burned the granaries",
];

/** After the lead: details of the same incident (tolls, claims, reactions), most naming the attack again. */
export const DETAILS = [
  "Among the dead were {k} children and a pregnant woman, {said}, adding that {m} of the wounded were taken to {town2}.",
  "{M} others were wounded in the attack and taken to the general hospital in {town2}, where doctors said several were in critical condition.",
  "The death toll from the attack could rise because several of the wounded are in critical condition, {said}.",
  "No group has claimed responsibility for the attack, but {group} has carried out similar raids in {country} before.",
  "{Group} claimed responsibility for the attack in a statement posted on Telegram, saying its fighters had killed {n} soldiers.",
  "The {demonym} government condemned the attack on {town} and promised an investigation, {said}.",
  "The United Nations Office for the Coordination of Humanitarian Affairs called on all sides to stop attacks on civilians in {country}.",
  "Reinforcements were sent to {town} after the fighting and the roads leading to it were closed, {said}.",
  "It was the deadliest attack in the {town} area since {group} fighters stormed an army base there and killed {n} soldiers.",
  "Survivors said the attackers arrived in {k} pickup trucks and fired on anyone who tried to flee towards {town2}.",
  "Fighting continued in nearby villages until late in the evening, and {k} houses were set on fire, {said}.",
  "Officials in {town2} said the explosion was heard more than {k} kilometres away.",
  "Medical staff at {town2} hospital said they received {m} wounded people, {k} of them children, after the shelling.",
];

/** What conflict reporting says around an incident: background and the region's other news, half of it about the fighting. */
export const CONTEXT = [
  "The conflict in {country} has killed more than {big} people since {year}, according to the Armed Conflict Location and Event Data Project.",
  "{Group} has waged an insurgency in the region since {year}, and its fighters often attack army posts and villages on motorbikes.",
  "More than {big} people have fled their homes in {country} because of the fighting, according to the United Nations refugee agency.",
  "Prices of food and fuel have risen sharply since {group} began blocking the roads, and many families in the {demonym} countryside eat once a day.",
  "Schools in the district around {town} reopened after being closed for most of the past two years because of attacks by armed groups.",
  "The road between {town} and {town2} is the only route for trucks carrying food and medicine, and it is often targeted by {group}.",
  "Talks between the {demonym} government and opposition leaders resumed in the capital without a breakthrough, {said}.",
  "Aid agencies say funding for their operations in {country} covers less than a third of the {big} dollars needed.",
  "Mobile phone networks around {town} have been cut for weeks, making reports of clashes and air strikes hard to verify.",
  "The {demonym} president is expected to visit {town2} and meet the families of soldiers killed in the fighting, his office said.",
  "Farmers near {town2} say they have been unable to plant their fields for two seasons because of attacks by {group}.",
  "The price of a bag of maize has doubled since soldiers and militiamen began taxing the traders, the {demonym} news agency reported.",
  "Human Rights Watch and Amnesty International have accused both {forces} and {group} of abuses against civilians in {country}.",
  "The International Committee of the Red Cross said its teams in {town2} had treated {big} people wounded by weapons since {year}.",
  "{Person}, who heads the {demonym} Red Crescent in {town2}, said {big} families had received food parcels and blankets from its volunteers.",
  "The World Food Programme said {k} per cent of households in areas held by {group} did not have enough to eat, up from {m} per cent a year earlier.",
  "The {demonym} parliament approved {big} dollars for rebuilding schools and clinics, Finance Minister {person} told lawmakers in the capital.",
  "The International Monetary Fund expects the {demonym} economy to grow by {k} per cent, and the central bank has raised interest rates twice.",
  "Opposition leader {person} called on President {person} to open talks with {group} and to pull {forces} back from {town}.",
  "{Forces} and {police} have set up checkpoints on the main roads, and travellers to {town2} say they are searched several times on each journey.",
  "{Person}, a trader in {town}, said he now pays {k} times as much for a sack of rice as he did when the {demonym} currency was stronger.",
  "The European Union and the African Union have each pledged {big} euros to support the {demonym} electoral commission and local courts.",
];

/** An earlier incident recalled, told in passing. */
export const EARLIER = [
  "Last month, {group} killed {n} people in a similar attack on a village outside {town2}, {said}.",
  "In {month}, an air strike on a wedding party near {town2} killed {n} guests, among them {k} children, {said}.",
  "Gunmen kidnapped {k} aid workers on the same road between {town} and {town2} earlier this year.",
  "{N} soldiers died when their convoy was ambushed outside {town2} by {group} fighters in {month}.",
  "A roadside bomb killed {n} policemen on the outskirts of {town2} in {month}, {said}.",
];
