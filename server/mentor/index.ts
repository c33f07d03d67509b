export { MentorError, OWNER_NAME, createMentorLink, listMentorLinks, mentorFor, ownerOf, revokeMentorLink, setLinkPersonal, type Actor, type MentorActor, type OwnerActor } from './links.ts';
export { addVersion, deleteReview, findVersionOriginal, latestOriginal, listVersions, type StoredVersion } from './versions.ts';
export { addComment, addDecision, addVerdict, loadMentorLoop, setResolved } from './feedback.ts';
