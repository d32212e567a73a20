import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { BrowserRouter, Route, Routes, useParams } from 'react-router';
import { NoPortalPage } from '../features/firm/NoPortalPage';
import { createApolloClient } from './apollo';
import { Portal } from './Portal';

/** Every firm's portal lives at /p/{slug}; the server serves this app for all of them. */
export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/p/:slug/*" element={<PortalRoute />} />
        <Route path="*" element={<NoPortalPage />} />
      </Routes>
    </BrowserRouter>
  );
}

function PortalRoute() {
  const { slug = '' } = useParams();
  // A fresh client (and cache) per firm address, so nothing read at one firm shows at another.
  return <FirmApollo key={slug} slug={slug} />;
}

function FirmApollo({ slug }: { slug: string }) {
  const [client] = useState(() => createApolloClient(slug));
  return (
    <ApolloProvider client={client}>
      <Portal slug={slug} />
    </ApolloProvider>
  );
}
