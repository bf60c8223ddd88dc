import type { IndicatorPath } from './cohort-report.definitions';

const COHORT =
  'les étudiants dont le profil nomme l’école et prévoit l’obtention du diplôme à la fin de l’année universitaire, plus tout étudiant d’un contrat d’études sortant de cette année, quelle que soit son année de diplôme';
const OUTGOING = 'les contrats d’études dont l’établissement d’origine est l’école et dont l’année universitaire d’accueil est l’année du rapport, brouillons supprimés exclus';
const STATUS = 'Étudiants ayant un profil dont le statut de mobilité, évalué à la date evaluatedOn, est';

/**
 * How each figure of the cohort report is computed, in French: the same definitions as
 * cohort-report.definitions.ts, for the coordinator and the auditor who read French. A figure
 * without its French sentence does not compile.
 */
export const FRENCH_COHORT_REPORT_DEFINITIONS: Record<IndicatorPath, string> = {
  school: 'L’école d’origine (code SCHAC) dont le rapport compte les étudiants et les contrats d’études sortants.',
  academicYear: 'L’année universitaire du rapport : les contrats d’études sortants dont c’est l’année universitaire d’accueil, et les étudiants diplômés à sa fin.',
  evaluatedOn: 'Le jour (selon l’horloge du registre) où le statut de mobilité de chaque étudiant est évalué.',

  'students.total': `Étudiants de la promotion : ${COHORT}. Y compris les étudiants sans profil.`,
  'students.withoutProfile':
    'Étudiants de la promotion sans profil enregistré : ni l’exemption ni la voie ne sont connues, ils n’ont donc pas de statut et ne figurent d’aucun côté du taux de mobilité.',
  'students.exempt':
    'Étudiants ayant un profil qui sont des étudiants internationaux (nationalité étrangère, diplôme de fin d’études secondaires étranger ou obtenu à l’étranger, venus en France pour étudier) : exemptés, et exclus des deux côtés du taux de mobilité.',
  'students.nonExempt':
    'Étudiants ayant un profil, moins les exemptés : le dénominateur du taux de mobilité. Les étudiants bénéficiant d’une dérogation y sont comptés.',
  'students.byStatus.exempt': `${STATUS} exempt (CTI-MOB-2), quels que soient leurs séjours.`,
  'students.byStatus.fulfilled': `${STATUS} fulfilled : les séjours achevés qui comptent atteignent le minimum de semaines de leur voie (règlement des études ; CTI-MOB-5 pour les apprentis), avec ou sans dérogation. Le numérateur du taux de mobilité.`,
  'students.byStatus.in-progress': `${STATUS} in-progress : pas de dérogation, année de diplôme non écoulée, les séjours achevés, en cours et prévus atteignent ensemble le minimum, l’un d’eux étant en cours.`,
  'students.byStatus.planned': `${STATUS} planned : comme in-progress, mais aucun séjour compté n’est encore en cours.`,
  'students.byStatus.at-risk': `${STATUS} at-risk : pas de dérogation, année de diplôme non écoulée, au moins un séjour compté mais en deçà du minimum, même avec les séjours prévus.`,
  'students.byStatus.not-met': `${STATUS} not-met : pas de dérogation, et soit l’année de diplôme est écoulée sans que le minimum soit accompli, soit aucun séjour qui compte n’est achevé, en cours ou prévu.`,
  'students.byStatus.derogation-granted': `${STATUS} derogation-granted : une dérogation est enregistrée et le minimum n’est pas accompli. Au dénominateur du taux de mobilité, pas à son numérateur.`,
  'students.mobilityRate':
    'students.byStatus.fulfilled / students.nonExempt, arrondi au plus proche (demi vers le haut) à 4 décimales ; vide quand students.nonExempt vaut 0. Numérateur : les étudiants non exemptés dont les séjours achevés atteignent le minimum. Dénominateur : les étudiants ayant un profil, moins les exemptés. Les étudiants exemptés (CTI-MOB-2) ne sont d’aucun côté ; les étudiants bénéficiant d’une dérogation sont au dénominateur seulement (sauf s’ils ont aussi accompli le minimum : ils sont alors fulfilled) ; les étudiants sans profil ne sont d’aucun côté.',
  'students.derogationsByReason':
    'Étudiants dont le statut est derogation-granted, par motif enregistré avec la dérogation (un chiffre par motif). Ils sont au dénominateur du taux de mobilité, pas à son numérateur.',

  'agreements.outgoing': `Contrats d’études sortants : ${OUTGOING}, quel que soit leur statut.`,
  'agreements.approved': 'Contrats sortants dont la version 1 est approuvée (signée par l’étudiant, l’établissement d’origine et l’établissement d’accueil).',
  'agreements.departed': 'Contrats sortants dont le départ est enregistré.',
  'agreements.signedByAllBeforeDeparture':
    'Contrats dont le départ est enregistré, dont la version 1 est approuvée et qui ne portent aucun constat CTI-LA-1 : la troisième signature a précédé le départ.',
  'agreements.departedBeforeSignature':
    'Contrats dont le départ est enregistré et qui portent un constat CTI-LA-1 : le départ a été enregistré avant l’approbation de la version 1 (le constat demeure une fois celle-ci approuvée).',
  'agreements.ewp.notModifiedAfterApproval': 'Contrats sortants approuvés sans version après la première (statistiques EWP omobility-las).',
  'agreements.ewp.modifiedAfterApproval': 'Contrats sortants ayant au moins un avenant approuvé (une version 2 ou ultérieure).',
  'agreements.ewp.latestVersionApproved':
    'Contrats sortants dont la dernière version est approuvée : approuvés, sans avenant ouvert, et le dernier avenant, s’il y en a un, approuvé.',
  'agreements.ewp.latestVersionRejected':
    'Contrats sortants dont la dernière version a été refusée : un brouillon refusé par un établissement et que personne n’a modifié depuis, ou un contrat approuvé dont le dernier avenant a été refusé.',
  'agreements.ewp.latestVersionAwaiting':
    'Contrats sortants dont la dernière version attend des signatures : un brouillon (non refusé) ou un brouillon en cours de signature, ou un avenant proposé.',

  'credits.plannedEcts':
    'Somme des crédits ECTS du tableau A (composantes suivies à l’étranger) dans la version en vigueur de chaque contrat sortant, exacte ; un contrat non approuvé ajoute 0, une composante sans crédit ECTS n’est pas comptée.',
  'credits.agreementsWithTranscript': 'Contrats sortants dont un relevé de notes est enregistré.',
  'credits.plannedEctsWithTranscript': 'credits.plannedEcts des seuls contrats ayant un relevé de notes, à comparer avec credits.recognisedEcts.',
  'credits.recognisedEcts':
    'Crédits ECTS reconnus sur les contrats ayant un relevé de notes : les composantes validées converties en ECTS (CTI-REC-3), chacune au plus à ses ECTS prévus, plus les ECTS que l’établissement d’origine a décidé de reconnaître au-delà du contrat (REC-EXCESS), plus les ECTS obtenus par des rattrapages réussis (CTI-REC-5).',
  'credits.automaticEcts':
    'ECTS des seules composantes validées, convertis en ECTS (CTI-REC-3), chacune au plus aux ECTS que le contrat prévoyait pour elle : reconnus automatiquement au retour, sans rattrapage ni décision.',
  'credits.recognisedBeyondPlanEcts':
    'ECTS que l’établissement d’origine a décidé de reconnaître au-delà du contrat : crédits obtenus au-dessus de ce que prévoyait une composante et composantes hors contrat. Seuls ceux-ci portent credits.recognisedEcts au-delà de ce que le contrat prévoyait.',
  'credits.automaticShare':
    'credits.automaticEcts / credits.recognisedEcts, arrondi au plus proche (demi vers le haut) à 4 décimales ; vide quand rien n’est reconnu.',
  'credits.failedComponents': 'Composantes des relevés de notes enregistrés non validées, non passées ou manquantes.',
  'credits.remedied': 'Parmi les composantes non validées, celles pour lesquelles un rattrapage est enregistré (ouvert ou clos, quelle qu’en soit l’issue).',

  'stays.lengthenedCurriculum':
    'Contrats sortants dont le séjour a allongé le cursus : le retour a été enregistré après la fin prévue, ou un avenant approuvé a ajouté une composante pour le motif « extending-mobility ».',
  'stays.individual': 'Contrats sortants dont le contenu indique un séjour individuel, approuvés ou non.',
  'stays.group': 'Contrats sortants dont le contenu indique un séjour en groupe, approuvés ou non : un tel séjour ne compte jamais pour l’obligation de mobilité.',
  'stays.lowCarbonTravel.stays': 'Contrats sortants dont le séjour a des jours de trajet bas carbone enregistrés dans le dossier de l’étudiant.',
  'stays.lowCarbonTravel.daysRecorded': 'Jours de trajet bas carbone enregistrés pour ces séjours.',
  'stays.lowCarbonTravel.daysCounted':
    'Parmi les jours enregistrés, ceux que le règlement des études de l’école de l’étudiant laisse compter dans la durée du séjour (comptés ou non, et jusqu’à combien de jours) ; aucun pour un étudiant sans profil.',

  'incoming.agreements':
    'Contrats d’études dont l’établissement d’accueil est l’école, de l’année universitaire, brouillons supprimés exclus : jamais comptés dans les chiffres ci-dessus.',
  'incoming.approved': 'Contrats entrants dont la version 1 est approuvée.',
  'incoming.students': 'Étudiants distincts des contrats entrants.',
  'surveys.mid-stay.invited': `Contrats d’études sortants dont l’étudiant a été invité au questionnaire des participants pendant le séjour : parti, quand le règlement des études le demande pendant le séjour (surveyDuringStay) ; tout contrat dont l’étudiant y a répondu alors compte comme invité. Parmi ${OUTGOING}.`,
  'surveys.mid-stay.answered': 'Parmi les contrats d’études sortants, ceux dont l’étudiant a répondu au questionnaire pendant le séjour (une fois chacun, SURVEY-ONCE).',
  'surveys.mid-stay.responseRate': 'surveys.mid-stay.answered / surveys.mid-stay.invited, 4 décimales ; vide quand personne n’a été invité.',
  'surveys.mid-stay.satisfaction':
    'Moyenne des notes (1 : pas du tout satisfait, 5 : pleinement) données pendant le séjour, un chiffre par question notée du questionnaire de l’école (par son identifiant : celles en vigueur, et les anciennes auxquelles on a répondu), 2 décimales ; vide sans aucune note. Les réponses libres ne sont jamais comptées, et la réponse d’un étudiant effacé compte comme répondue, sans notes.',
  'surveys.after-return.invited': `Contrats d’études sortants dont l’étudiant a été invité au questionnaire des participants après le retour : revenu (retour déclaré ou confirmé par l’établissement d’accueil) ; tout contrat dont l’étudiant y a répondu alors compte comme invité. Parmi ${OUTGOING}.`,
  'surveys.after-return.answered': 'Parmi les contrats d’études sortants, ceux dont l’étudiant a répondu au questionnaire après le retour (une fois chacun, SURVEY-ONCE).',
  'surveys.after-return.responseRate': 'surveys.after-return.answered / surveys.after-return.invited, 4 décimales ; vide quand personne n’a été invité.',
  'surveys.after-return.satisfaction':
    'Moyenne des notes (1 : pas du tout satisfait, 5 : pleinement) données après le retour, un chiffre par question notée du questionnaire de l’école (par son identifiant : celles en vigueur, et les anciennes auxquelles on a répondu), 2 décimales ; vide sans aucune note. Les réponses libres ne sont jamais comptées, et la réponse d’un étudiant effacé compte comme répondue, sans notes.',
  'surveys.byPartner':
    'Les chiffres du questionnaire ci-dessus (invités, réponses, taux de réponse, moyenne de chaque question notée, pendant le séjour et après le retour) pour les contrats d’études sortants vers un même établissement partenaire (code SCHAC), un jeu par partenaire.',
};
