import { Link } from 'react-router';
import { usePageFocus } from '../../ui/usePageFocus';
import { useSignedInViewer } from '../auth/ViewerContext';
import { useFirm, useFirmTitle } from '../firm/FirmContext';
import { ReadOnlyNote, useViewing } from '../viewing/ViewingContext';
import { ChangePasswordForm } from './ChangePasswordForm';
import { NameForm } from './NameForm';
import { SignOutEverywhere } from './SignOutEverywhere';

/** S13: the client's own settings: name, password, and signing out everywhere. */
export function SettingsPage() {
  const viewer = useSignedInViewer();
  const viewing = useViewing();
  const firm = useFirm();
  useFirmTitle('Settings');
  const heading = usePageFocus<HTMLHeadingElement>();
  return (
    <div className="page page--narrow">
      <p className="breadcrumb">
        <Link to={`/p/${firm.slug}`}>Portal home</Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        Settings
      </h1>
      <p className="lead">
        Your login name is <strong className="break">{viewer.email}</strong>. To use another email address, please contact {firm.name}.
      </p>

      <section className="panel settings-section" aria-labelledby="name-heading">
        <h2 id="name-heading">Your name</h2>
        {viewing ? (
          <>
            <p>{viewer.name}</p>
            <ReadOnlyNote what="Changing the name" />
          </>
        ) : (
          <NameForm key={viewer.id} currentName={viewer.name} headingId="name-heading" />
        )}
      </section>

      <section className="panel settings-section" aria-labelledby="password-heading">
        <h2 id="password-heading">Password</h2>
        {viewing ? <ReadOnlyNote what="Changing the password" /> : <ChangePasswordForm headingId="password-heading" />}
      </section>

      <section className="panel settings-section" aria-labelledby="everywhere-heading">
        <h2 id="everywhere-heading">Sign out everywhere</h2>
        {viewing ? <ReadOnlyNote what="Signing out everywhere" /> : <SignOutEverywhere />}
      </section>
    </div>
  );
}
