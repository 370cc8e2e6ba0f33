// The same attributes as the widget, as URL parameters: /embed?lang=en&target-group=TEACHERS
const params = new URLSearchParams(location.search);
const catalogue = document.getElementById('catalogue');
for (const name of ['lang', 'target-group', 'topic', 'provider', 'page-size']) if (params.get(name)) catalogue.setAttribute(name, params.get(name));
document.documentElement.lang = params.get('lang') === 'en' ? 'en' : 'de';
