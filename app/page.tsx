import { UPLOAD_ACCEPT, UPLOAD_LIMITS } from '@/lib/api/reviews.ts';
import { messagesFor } from '@/lib/i18n/messages.ts';
import { Role } from '@/lib/report/schema.ts';
import { warmUp } from '@/server/reviews.ts';
import { currentLanguage } from './language.ts';
import { MyReviews } from './components/my-reviews.tsx';
import { UploadForm } from './upload-form.tsx';

export default async function UploadPage() {
  warmUp();
  const language = await currentLanguage();
  const messages = messagesFor(language);
  return (
    <div className="upload-page">
      <h1>{messages.upload.title}</h1>
      <p className="lead">{messages.upload.intro}</p>
      <UploadForm messages={messages} roles={Role.options} accept={UPLOAD_ACCEPT} maxFileBytes={UPLOAD_LIMITS.maxFileBytes} />
      <MyReviews messages={messages} language={language} />
    </div>
  );
}
