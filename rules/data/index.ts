// Every phrase list, validated and compiled once at import (a broken file fails loudly, naming itself).
import { compilePhraseList, type PhraseList } from '../../lib/review/phrases.ts';
import collaborationEn from './collaboration.en.json' with { type: 'json' };
import collaborationZh from './collaboration.zh.json' with { type: 'json' };
import coordinationEn from './coordination.en.json' with { type: 'json' };
import coordinationZh from './coordination.zh.json' with { type: 'json' };
import dutyWordingEn from './duty-wording.en.json' with { type: 'json' };
import dutyWordingZh from './duty-wording.zh.json' with { type: 'json' };
import fillerEn from './filler.en.json' with { type: 'json' };
import fillerZh from './filler.zh.json' with { type: 'json' };
import firstPersonEn from './first-person.en.json' with { type: 'json' };
import firstPersonZh from './first-person.zh.json' with { type: 'json' };
import groupWorkEn from './group-work.en.json' with { type: 'json' };
import groupWorkZh from './group-work.zh.json' with { type: 'json' };
import kpiEn from './kpi.en.json' with { type: 'json' };
import kpiZh from './kpi.zh.json' with { type: 'json' };
import leadEn from './lead.en.json' with { type: 'json' };
import leadZh from './lead.zh.json' with { type: 'json' };
import lessonsEn from './lessons.en.json' with { type: 'json' };
import lessonsZh from './lessons.zh.json' with { type: 'json' };
import participantEn from './participant.en.json' with { type: 'json' };
import participantZh from './participant.zh.json' with { type: 'json' };
import privateDataEn from './private-data.en.json' with { type: 'json' };
import privateDataZh from './private-data.zh.json' with { type: 'json' };
import recognitionEn from './recognition.en.json' with { type: 'json' };
import recognitionZh from './recognition.zh.json' with { type: 'json' };
import resourcesEn from './resources.en.json' with { type: 'json' };
import resourcesZh from './resources.zh.json' with { type: 'json' };
import scopeVerbsEn from './scope-verbs.en.json' with { type: 'json' };
import scopeVerbsZh from './scope-verbs.zh.json' with { type: 'json' };
import resultVerbsEn from './result-verbs.en.json' with { type: 'json' };
import resultVerbsZh from './result-verbs.zh.json' with { type: 'json' };
import uptakeNounsEn from './uptake-nouns.en.json' with { type: 'json' };
import uptakeNounsZh from './uptake-nouns.zh.json' with { type: 'json' };
import uptakeVerbsEn from './uptake-verbs.en.json' with { type: 'json' };
import uptakeVerbsZh from './uptake-verbs.zh.json' with { type: 'json' };
import vagueResourcesEn from './vague-resources.en.json' with { type: 'json' };
import vagueResourcesZh from './vague-resources.zh.json' with { type: 'json' };
import valueNounsEn from './value-nouns.en.json' with { type: 'json' };
import valueNounsZh from './value-nouns.zh.json' with { type: 'json' };

const raw = [
  collaborationEn,
  collaborationZh,
  coordinationEn,
  coordinationZh,
  dutyWordingEn,
  dutyWordingZh,
  fillerEn,
  fillerZh,
  firstPersonEn,
  firstPersonZh,
  groupWorkEn,
  groupWorkZh,
  kpiEn,
  kpiZh,
  leadEn,
  leadZh,
  lessonsEn,
  lessonsZh,
  participantEn,
  participantZh,
  privateDataEn,
  privateDataZh,
  recognitionEn,
  recognitionZh,
  resourcesEn,
  resourcesZh,
  scopeVerbsEn,
  scopeVerbsZh,
  resultVerbsEn,
  resultVerbsZh,
  uptakeNounsEn,
  uptakeNounsZh,
  uptakeVerbsEn,
  uptakeVerbsZh,
  vagueResourcesEn,
  vagueResourcesZh,
  valueNounsEn,
  valueNounsZh,
];

export const PHRASE_LISTS: readonly PhraseList[] = raw.map(compilePhraseList);

export type Concept =
  | 'result-verbs' | 'scope-verbs' | 'uptake-nouns' | 'uptake-verbs' | 'value-nouns' | 'recognition' | 'kpi'
  | 'duty-wording' | 'lead' | 'participant' | 'collaboration'
  | 'filler' | 'first-person' | 'private-data'
  | 'resources' | 'vague-resources' | 'coordination' | 'lessons' | 'group-work';

const byId = new Map(PHRASE_LISTS.map((list) => [list.id, list]));

/** The phrase list for a concept in a language. */
export function phrases(concept: Concept, lang: 'zh' | 'en'): PhraseList {
  const list = byId.get(`${concept}.${lang}`);
  if (!list) throw new Error(`no phrase list ${concept}.${lang}`);
  return list;
}
