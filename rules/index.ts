import type { Rule } from '../lib/review/rule.ts';
import contact from './contact.ts';
import dates from './dates.ts';
import documentDiagnostics from './document-diagnostics.ts';
import filler from './filler.ts';
import firstPerson from './first-person.ts';
import highlights from './highlights.ts';
import length from './length.ts';
import longBullet from './long-bullet.ts';
import privateData from './private-data.ts';
import projectOwnership from './project-ownership.ts';
import repeatedOpener from './repeated-opener.ts';
import resources from './resources.ts';
import roleFit from './role-fit.ts';
import taskList from './task-list.ts';

/** Every rule the review runs, advice rules first (RULEBOOK sections 1–5), then hygiene (section 6) and the file's own problems. */
export const RULES: readonly Rule[] = [
  highlights,
  taskList,
  projectOwnership,
  resources,
  roleFit,
  contact,
  length,
  dates,
  firstPerson,
  filler,
  repeatedOpener,
  longBullet,
  privateData,
  documentDiagnostics,
] as Rule[];
