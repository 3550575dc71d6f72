"""Pass 4b of parse_jd: remote policy and locations.

Both come from the most explicit source that states them: the title, "Location:" lines and header
lines ("🌎 Warsaw, Poland"), the short lines under the title, then the body, then the boilerplate.
Time zones are not places; offices named as perks or the headquarters as company facts are not where
the hire works.
"""

# ruff: noqa: RUF001 - the dashes in the patterns are what postings contain
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import partial
from itertools import takewhile
from typing import Final

from talent.jd.cues import alternatives, guarded, lower_same_length, starts_guard
from talent.jd.places import (
    a_code_alone,
    a_state_of,
    a_state_run,
    a_word_too,
    another_name_of_a_skill,
    apart,
    cued_place,
    in_country,
    in_state,
    is_area,
    is_city,
    is_code,
    is_continent,
    is_place,
    is_state,
    is_wide,
    known_place,
    mode_codes_spelled,
    place_identity,
    same_city,
    spelled_out,
    spelled_states,
    suburb_of,
)
from talent.jd.sections import PARENS, Kind, Line, heading_kind, trim
from talent.jd.taxonomy import canonical_name
from talent.jd.words import is_common_word, town_like
from talent.models import RemotePolicy

# The work-mode patterns below read lower-case text (see `cues.words` on why not IGNORECASE), and
# start only where a word starts: re then tries each alternative only if its first letter matches.


def _at_word(body: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(rf"{starts_guard(body)}(?<!\w)(?=\w)(?:{body})", flags)


# A later start after a refusal: "Keine Möglichkeit zum Homeoffice in der Probezeit, danach 2 Tage"
_THEN = (
    r"(?![^.\n]{0,80}\b(?:then|danach|puis|ensuite|después|luego|after|afterwards|nach der|until|bis|später"
    r"|later|après|más adelante|posteriormente)\b)"
)
# A refusal limited to some places is no refusal of the mode: "We do not offer remote work from abroad",
# "… in the following states", "No se ofrece teletrabajo desde el extranjero"
_ELSEWHERE = (
    r"(?![^.\n]{0,40}\b(?:from|outside|desde|fuera|depuis|hors|aus dem|vom|in the following|in the uk"
    r"|in (?:some|certain|these|other|all) (?:states|countries|regions))\b)"
)
# Refusals of home days: "Télétravail : non" (not "Teletrabajo: no más de 2 días"), "no possibility of remote
# work", "keine Möglichkeit zum Homeoffice", "aucune possibilité de télétravail", "… ist nicht möglich"
_HOME_DAYS_REFUSED = (
    r"(?:télétravail|teletrabajo|home[\s-]?office|remote)\s?:\s?\**\s?"
    r"(?:non|no|nein|not possible|nicht möglich|pas possible|no posible)(?=\s?(?:\n|$|[.;,)(!|]))"
    r"|(?:no|keine|keinerlei|pas de|aucune|sin|sans)\s(?:possibility|option|möglichkeit|possibilité"
    r"|posibilidad)\s(?:(?!full|fully|100|komplett|vollständig|complet|total)[\w']+\s){0,2}"
    rf"(?:remote(?:ly)?|home[\s-]?office|télétravail|teletrabajo)\b{_THEN}{_ELSEWHERE}"
    rf"|(?:home[\s-]?office|mobiles arbeiten)[^.\n]{{0,40}}\bnicht (?:möglich|vorgesehen|angeboten){_THEN}"
    # "We do not offer remote work", "No se ofrece teletrabajo", "Pas de télétravail possible"
    r"|(?:(?:do|does|can)(?:\snot|n't)|cannot|are unable to)\s(?:currently\s)?"
    r"(?:offer|provide|support|allow)\s(?:any\s)?"
    r"(?:remote(?=\s?(?:[.,;!]|$|\s(?:work|working|positions?|roles?|employment|options?|for|at|in|on)\b))"
    r"|home[\s-]?office\b(?![\s-](?:furniture|equipment|setup|budget|stipend|allowance|chairs?|desks?))"
    rf"|work(?:ing)? from home\b){_THEN}{_ELSEWHERE}"
    r"|no se (?:ofrece|permite|contempla|admite) (?:el |la )?"
    rf"(?:teletrabajo|trabajo remoto|modalidad remota)\b{_ELSEWHERE}"
    rf"|pas de télétravail\b(?!\s(?:à\s)?100){_THEN}"
    rf"|télétravail n'est pas (?:possible|autorisé|proposé){_ELSEWHERE}"
)
_REMOTE_NEGATED = _at_word(
    r"(not|no|non)[\s-](a\s)?(fully\s)?remotes?\b|remote\s(work\s|working\s)?(is\s)?not\s"
    r"(possible|available|an option|offered|supported)|not\seligible\sfor\sremote"
    # "Remote workers are not eligible.", "… moving toward remote work, but this is an on site position."
    r"|remote\s(workers|employees|candidates|applicants)\s(are|will)\snot\s(be\s)?(eligible|considered|accepted)"
    r"|but\sthis\sis\san?\s(on[\s-]?site|in[\s-]office|office[\s-]based)\s(position|role|job)\b"
    # "This is not a position for working remotely.", "… not open to remote work." (not "… for working
    # remotely from a beach", "… not open to remote work from other countries")
    r"|(?:not\s(a\s)?(position|role|job)\sfor\sworking\sremotely|not\sopen\sto\sremote\swork)(?=\s?(?:[.;!]|$))"
    r"|cannot\sbe\s(done\s|performed\s)?remote|telecommute:\s?no\b|kein(e)?\s(homeoffice|remote)\b"
    # "… employees are no longer working remotely", not "While many companies are no longer working remotely"
    r"|(?<!companies are )(?<!others are )(?<!many are )no\slonger\s(working\s|work\s)?remote(ly)?\b"
    r"|(work\s)?remote(ly)?:\s?no\b"
    r"|pas de (full |100\s?% )?(télétravail|remote)\b|sin (teletrabajo|remoto)\b|no remoto\b"
    rf"|{_HOME_DAYS_REFUSED}"
    r"|ne travaillons pas (beaucoup |souvent )?à distance"  # "… et ne travaillons pas beaucoup à distance"
)
_EITHER = _at_word(  # the freer mode: "San Francisco (Hybrid) or REMOTE (US)", "ONSITE, REMOTE, HYBRID",
    # "Hybrid (NY, Chicago, or Bay Area) and REMOTE"
    r"(hybrid|remote)\)?(\s\([^()]{0,30}\))?,? or (hybrid|remote)\b"
    # "Chicago, IL (Hybrid Tue/Thu) or Remote (US)"
    r"|(?<=\()(hybrid|remote)\s[^()\n]{1,20}\),? or (hybrid|remote)\b"
    r"|(hybrid|remote)\s\([^()]{0,30}\),? and (hybrid|remote)\b|remote,\s?hybrid\b|hybrid,\s?remote\b"
    # "either for hybrid work or remotely", "Hybrid working from Ho Chi Minh … or working remotely from"
    r"|hybrid\s(work|working)\s(?:[^.\n]{0,60}\s)?or\s(work\s|working\s)?remotely\b"
    r"|hybrid\s?/\s?remote\b|remote\s?/\s?hybrid\b|entweder remote oder\b"  # "entweder remote oder im Büro"
    # "Hybrid Toronto / Remote within Canada", "Remote within Canada, or hybrid in Toronto": two options,
    # the remote one limited to a region ("Hybrid in London / remote 2 days per week" is one mode)
    r"|hybrid\s[^/\n()\d:]{1,30}\s/\sremote\s(?:within|across|anywhere)\b"
    r"|remote\s(?:within|across)\s[^.;:\n()]{1,30}?,?\sor\s(?:hybrid|on-?site)\b"
    r"|remote and hybrid (opportunities|options)\b"
    r"|hybrid preferred,? but open to (fully )?remote\b"  # "Hybrid preferred, but open to remote candidates"
    # "Dallas, TX (Remote US or Hybrid)", "REMOTE (preferably hybrid)": remote, an office if one likes
    # (not "Our employees work remote US or onsite at our HQ", "Remote US or onsite? Onsite only")
    r"|remote\s(us|usa|uk|eu|emea|latam|apac|canada|europe)\s(or|/)\shybrid\b"
    r"|remote\s\((preferably|ideally|preferred:?)\s(hybrid|on-?site)\b"
    # "kannst dabei remote oder auch vor Ort in unserem Head Quarter Office arbeiten"
    r"|remote\soder\s(auch\s)?(vor\sort|im\sbüro|in\sunserem)\b"
    r"|remote(,\s?(on-?site|hybrid|office)){2}\b"  # "Remote, Onsite, Hybrid"
    r"|remote (and|or) on-?site\b|on-?site or remote\b"  # "Remote and Onsite", "REMOTE or ONSITE NYC"
    # "This job is remote, or partially in-person in our San Francisco, CA office"
    r"|remote,?\sor\s(partially|partly)\s(in[\s-]person|in[\s-]office|on[\s-]?site)\b"
    # "Unser Sitz ist in Bonn, aber wir arbeiten alle im Homeoffice": the whole team works from home (not
    # "We work fully remotely on Fridays")
    r"|(wir arbeiten|we work) (alle|all|komplett|ausschließlich|entirely|fully)"
    r" (im home-?office|remote(ly)?)\b(?!\s(on|am|an|le|les|el|los)\b)"
    r"(?![^.\n]{0,30}\b(tage?n?|days?|jours?|días)\b)"
    # "ONSITE/WFH", but not a field's name ("Remote/On-Site: Nähe Kaiserslautern, Hybrid")
    r"|on-?site\s?/\s?(wfh|remote)\b(?!\s?:|\s?\(\d)|(wfh|remote)\s?/\s?on-?site\b(?!\s?:|\s?\(\d)"
    r"|remote or (from |in |at )?(the |our )?([\w-]+ ){0,2}office\b"  # "(remote or from the Vienna office)"
    # "Arbeitsmix: 90% Remote" beside "Einsatzart: 80% Remote": the higher share
    r"|(9\d|100)\s?%\s?(remote|homeoffice|home office|télétravail|remoto|teletrabajo)\b"
    # "Tätigkeit im Homeoffice (100%)"
    r"|(remote|homeoffice|home office|télétravail|remoto|teletrabajo)\s?\((9\d|100)\s?%\)"
    r"|remote\s(9\d|100)\s?%(?=\s?(?:$|[,;/)]|und\b|and\b))"  # "Remote 90 % und Onsite in Nürnberg 10 %"
    r"|remote workplace:"  # a field naming the mode, over a condition: "If you reside within commuting …"
    r"|(télétravail|teletrabajo|home[\s-]?office|remote)\s?:\s?(oui|yes|ja|sí|si),?\s?(à\s)?100\s?%"
    r"|work(ing)? from (home|anywhere) or (enjoy |from |in |at |elsewhere\b)"  # "… or enjoy our office"
    # "work from our Boston or Denver offices OR your home", "im Homeoffice oder in unserem Office in …"
    r"|offices? or (from )?your home\b|im home-?office oder (in|im) (unserem|unserer|einem|einer)\b"
    # "Remote, nach Absprache vor Ort (2-3 Tage/Monat)": a few office days a month is remote (the guide)
    r"|(vor ort|on[\s-]?site|in the office|au bureau|sur site)\s?\(?\d(\s?-\s?\d)?\s?(tage?|days?|jours?)\s?"
    r"(/|pro |per |par |a )\s?(monat|month|mois)\b"
)
# Words between a mode and "up to N %" that make the share another thing's: travel, pay, perks, clients
_NOT_HOME_SHARE: Final = (
    r"\b(?:travel|reise|déplacement|viaje|bonus|budget|allowance|stipend|zuschuss|rabatt\w*|pension|salary"
    r"|gehalt|prime|prämie|pauschale|ausstattung|teilzeit|arbeitgeber\w*|bav|équipement|intéressement"
    r"|ayuda|bono|kit|retribución|variable|401\(?k?\)?|match\w*|vor ort|beim kunden)\b"
)
_HOME_WORDS: Final = r"(remote(ly)?|home[\s-]?office|télétravail|teletrabajo|work(ing)? from home)"
_FEW_DAYS: Final = (
    r"([1-4]|one|two|three|four)\s(days?|tage?n?|jours?|días)\s?"
    r"(/|a|per|pro|par|por|each|every|a la|in der|die)\s?(week|woche|semaine|semana)\b"
)
_HYBRID = _at_word(
    r"(?<!play a )(?<!plays a )"  # "They play a hybrid role that bridges …": a mixed role, not a mode
    r"(?<!móvil )(?<!mobile )(?<!framework )(?<!cloud )(?<!app )(?<!application )(?<!applications )"
    rf"(?<!solution )(?<!solutions )(?<!aplicación )(?<!aplicaciones )(?<!365 )(?<!exchange )"
    r"(?<!conectividad )(?<!infraestructura )(?<!infraestructuras )(?<!nube )(?<!redes )"  # network
    rf"{alternatives('hybrid')}(?!\w)"  # "M365 Hybrid", "Exchange Hybrid": an environment
    r"(?<!premise or hybrid)(?<!premise ou hybride)(?<!cloud or hybrid)"  # "OnPremise ou hybride": a platform
    r"(?![\s-](cloud|apps?|mobile|infrastructure|environments?|architectures?|systems?|teams?|app|search"
    # "Cloud: …- Hybrid (Brokering)", "Hybrid-Szenarien (OnPrem - Cloud)": architecture
    r"|linux|retrieval|vehicles?|cars?|engines?|szenarien|scenarios?|smart|work environments"
    r"|aws|azure|gcp|it|networks?|networking|connectivity|clusters?|workloads?|deployments?|storage|setups?"
    # "our hybrid AWS environment", "Neurons on hybrid algorithmZ"
    r"|data[\s-]?cent(?:er|re)s?|physics|methods?|frameworks?|solutions|algorithm[sz]?)\b)"
    # a kind of system, game or threat: "our hybrid SOC", "hybrid-casual games", "hybride Bedrohungen"; not
    # a role's name after it ("Hybrid SOC Analyst position", "Hybrid games developer, Barcelona")
    r"(?![\s-](integration|soc|reasoning|games?|casual|bedrohungen|threats?)\b"
    r"(?!\s(?:analyst|engineer|developer|specialist|manager|architect|consultant|lead|position|role)s?\b))"
    r"(?!\s\(brokering\))"  # "reskill employees for … remote and hybrid work environments": no mode
    r"(?!\sor\son[\s-]?prem)"  # "experience with cloud and hybrid or on-premises infrastructures"
    r"|([1-4]|one|two|three|four)\s?(-\s?[1-4]\s?)?days?\s(a|per|each|every)\sweek\s(in|at|from)\s"
    r"(the|our|an?)\s(?!home\s)([\w-]+\s){0,2}(office|hq|studio)|([1-4]|one|two|three|four)\sdays?\s(in|at|from)\s(the|our)\soffice"
    r"|(in[\s-]office|on[\s-]?site|(in|at|from)\s(the|our)\s([\w-]+\s){0,2}office)\s(\w+\s){0,2}([1-4]|one|two|three|four)"
    r"(-\d)?\sdays|(office|on[\s-]?site)\son\s(mon|tues|wednes|thurs|fri)days\b|days?\s((a|per)\sweek\s)?(to\swork\s)?from\shome\b"
    r"|split between (home|remote) and (the )?office\b|office-first\b"
    # "Monday - Thursday in office (Fridays are remote optional)", "WFH Fridays"
    r"|(mon|fri)days\s(are\s)?(remote|wfh|from\shome)\b|(remote|wfh)\s(mon|fri)days\b"
    # "spend at least 60% of their working time in an organisation workplace" (UK Civil Service posts)
    r"|at\sleast\s([1-9]\d)\s?%\sof\s(their|your|the)\s(working\s)?time\s(in|at)\s(an?\s|the\s|our\s)?"
    r"([\w-]+\s)?(office|workplace)\b"
    # "Excited to join a hybrid team based in San Francisco" (not "a hybrid team of data scientists")
    r"|join\s(a|our|the)\s(\w+\s)?hybrid\steam\sbased\sin\b"
    # "indem Du sowohl im Office als auch remote arbeiten kannst": both, some days each
    r"|sowohl\s(im\soffice|im\sbüro|vor\sort)\sals\sauch\s(remote|im\shome-?office|mobil)\b"
    r"|sowohl\s(remote|im\shome-?office|mobil)\sals\sauch\s(im\soffice|im\sbüro|vor\sort)\b"
    r"|\bremote days?\s(are\s)?(possible|available|allowed|ok)\b"  # "ONSITE (Remote days possible)"
    r"|[1-4](\s?-\s?[1-5])?[\s-]days?(\s?/\s?week|\s(a|per)\sweek)?\s(in[\s-](the\s)?office|on[\s-]?site)\b"
    # "willing to work locally or semi-remotely"; "fully or partially remote" is the freer mode
    r"|(?<!fully or )(?<!full or )(part(ly|ially)?|semi)[\s-]?remote(ly)?\b(?! or fully)"
    r"|\(?a (bit|little) of\)?\sremote\b"  # "ONSITE (Boston, Paris) and (a bit of) REMOTE"
    # "Vor Ort im Office (Remote teilweise möglich)", "Zum Teil im Homeoffice in Hamburg"
    r"|(remote|home[\s-]?office)([\s-]arbeit(en)?)?\s(teilweise|tageweise|anteilig)\b(?!\s(oder|or)\s(vollständig|komplett|ganz))"
    r"|(teilweise|tageweise|anteilig|zum\steil)\s(im\s)?(remote|home[\s-]?office)\b"
    r"|on[\s-]?site\s?\((mostly|flexible\b[^)]{0,20})\)"  # "ONSITE (mostly)", "ONSITE (Flexible WFH)"
    r"|flexible\s(wfh|homeoffice|home[\s-]office)\b(?![\w-]*\s(oder|or)\sremote)|homeoffice-tage?\b"
    r"|[1-4]\s?days?\s?(/|a|per)\s?week\sin[\s-]person\b"  # "(4 days/week in-person)"
    # "3x/week in office (M,T, Th)", "NYC (4x / wk in office)"
    r"|[1-4]x\s?(/|a|per)\s?(wk|week)\s(in[\s-](the\s)?office|on[\s-]?site|in[\s-]person)\b"
    # "On-site 2-3x per week"
    # "partial onsite", "on-site (4 days)"
    r"|partial(ly)?\s(on[\s-]?site|in[\s-]office|in[\s-]person)\b"
    r"|(in[\s-]office|on[\s-]?site|in[\s-]person)\s?\([1-4](\s?-\s?[1-4])?\sdays?\)"
    # "ONSITE (3 days/week)"
    r"|(in[\s-]office|on[\s-]?site|in[\s-]person)\s\(?[1-4](\s?-\s?[1-5])?(x|\sdays?)\s?(/|a|per)\s?(wk|week)\b"
    r"|on-?site\s?/\s?remote\s?\(\d{1,2}\s?/\s?\d{1,2}\)"  # "Ort: OnSite/Remote (40/60)": a share of each
    r"|remote,?\s\d{1,2}\s?%\s?/\s?\d{1,2}\s?%"  # "Ort: Berlin & Remote, 50%/50%"
    # "80 % Remote", "Einsatzart: 60 % Remote": some of the week remote (90% and up reads as remote)
    r"|([1-9]|[1-7]\d|80)\s?%\s?(remote|homeoffice|home office|télétravail|remoto|teletrabajo)\b"
    r"(?!\s(workforce|employees|staff|team))"  # "With 60% remote workforce": the company's
    r"|remote\s([1-9]|[1-7]\d|80)\s?%(?=\s?(?:$|[,;/)]|und\b|and\b))"  # "Remote 60 % und Onsite 40 %"
    # "Vorort: min. 30%, Remote: max. 70%"
    r"|(remote(?: work)?|homeoffice|home office)\s?:\s?(max\.?\s?|bis zu\s|up to\s)([1-9]|[1-7]\d|80)\s?%"
    r"(?!\s?(travel|reise))"
    # "Telecommuting is available 1-2 days/wk with the rest … in our office"
    # "(Home Office: 1 day per week)"
    r"|home[\s-]?office\s?:\s?[1-4](\s?-\s?[1-4])?\sdays?\s?(/|a|per)\s?(wk|week)\b"
    r"|(telecommut\w*|remote work|work(ing)? from home|wfh)\b[^.\n]{0,30}"
    r"\b([1-4]|one|two|three|four)(\s?-\s?[1-4])?\sdays?"
    r"\s?(/|a|per)\s?(wk|week)\b(?!\s(schedule|work\s?week))"  # not a four-day week's schedule
    # a share of the time: "Home-Office (bis zu 30% der Arbeitszeit)", "remote up to 50% of your time"
    r"|(remote|home[\s-]?office|télétravail|teletrabajo|mobile[sn]? arbeiten|work(ing)? from home)\b"
    rf"(?:(?!{_NOT_HOME_SHARE})[^.\n%]){{0,40}}?\b(bis zu|up to|jusqu'(à|a)|hasta( el| un)?)\s?"
    # not "… with travel of up to 20%", "a bonus of up to 15%", "up to 25% of time at customer sites"
    r"([1-8]\d|[1-9])\s?%(?!\s?(travel|reise|déplacement|viaje|bonus|annual|jährlich|anual|matched|auf))"
    r"(?!\s(of\s(the\s)?(time|week)\s)?(at|on|beim|bei|chez|en)\s(the\s)?(customers?|clients?|kunden)\b)"
    r"|remot\w*\s(\w+\s)?(some|part) of the time\b"  # "remote working some of the time"
    # office days of a full week: "5 Tage pro Woche, davon 2 Tage im Büro", "2 de ellos en la oficina",
    # "présence au bureau 2 jours par semaine"
    r"|(davon|dont|de los cuales|including)\s[1-4]\s(tage?n?\s|jours?\s|días\s|days?\s)?"
    r"(im büro|au bureau|en (la )?oficina|in the office|on[\s-]?site|sur site|vor ort|presenciales)"
    r"|[1-4]\sde\sellos\sen\s(la\s)?oficina|présence\s(au bureau|sur site)\s[1-4]\sjours?\s(par|/)\s?semaine"
    # "No remote work during the probation period, then 2 days per week"; "Home office: no more than 2 days"
    rf"|{_HOME_WORDS}[^.\n]{{0,80}}\b(then|danach|puis|ensuite|después|luego)\s(up to\s|bis zu\s)?{_FEW_DAYS}"
    rf"|{_HOME_WORDS}\s?:?\s(no more than|at most|up to|max(imum|\.)?|bis zu|höchstens|maximal|jusqu'à|hasta)"
    rf"\s{_FEW_DAYS}"
    r"|(remote|télétravail|teletrabajo|home[\s-]?office)\s?:\s?(partial(ly)?|teilweise|partiel(le)?|parcial)"
    r"(?=\s?(?:$|[,.;)]|possible|möglich|remote))"  # not "Remote: partially reimbursed internet costs"
)
# "Remote Sensing Software Engineer", "Senior Engineer - Remote Sensing": a field of engineering, no work mode
_TECHNICAL_REMOTE: Final = (
    r"(?:sensing|monitoring|access|control|desktop|support|management|operations|sensors?|devices?"
    r"|vehicles?|patient|procedures?|diagnostics|pilot)\b"
)
# The whole line: remote among the work conditions, a perk among the benefits (`remote_policy`)
_BARE_TELETRAVAIL = r"^télétravail\.?$"
_REMOTE = _at_word(
    rf"{alternatives('remote')}(?!\w)"
    r"|remote\s(role|position|job|opportunity|team member|company|working|work)\b"
    r"(?!\s(with(?!\s(?:\w+\s)?travel)|across|alongside))"  # "remote position with periodic travel"
    r"|remote\s(is|are)\s(welcome|possible|available|allowed|ok|fine)"
    r"|(is|be|are|role|position)\s(fully\s|100%\s)?remote\b(?!\s(team|teams|colleagues|sites?|servers?))"
    r"|remote\s(candidates|applicants|employees|employee|within|in|from|across|anywhere)\b"
    r"|remote\s\w{3,20}\s(will\s(also\s)?be|are|is)\s(also\s)?considered\b"
    # "hiring US-remote engineers", "hiring for remote Software Engineers"
    r"|(?<!not )(?<!n't )(hiring|to hire|seeking|looking for)\s(for\s)?(an?\s)?([a-z]{2,12}-)?remote\b"
    r"|remote(?!-sensing)\s?[(\[,/|–—)\]\"'-]|or\s(remote(ly)?|off-?site)\b|remote\s?$|^remote\b(?![\s-]"
    + _TECHNICAL_REMOTE
    + r")|^[\"']remote\b|(?<=:\s)remote\."
    r"|(?<=[.!?]\s)remote[.!](?=\s|$)"  # a sentence of its own: "… computer vision. Remote."
    r"|remote\s(available|eligible)\b|remote[\s-]projekt\b"  # "für ein remote Projekt"
    # "Einsatzort: Remote mit 1-2 Tagen Onboarding vor Ort"
    r"|(?<=:\s)remote\s(mit|with|avec|con)\s[^.\n]{0,30}(onboarding|einarbeitung|kick-?off)"
    rf"|{_BARE_TELETRAVAIL}"  # a work conditions list's bare item (beta.gouv: 2 of 2 labels remote)
    r"|(performed|done|worked)\sfrom\sanywhere\b"
    # "You can apply from any country", not "…, we sponsor visas and relocation"
    r"|apply\sfrom\sany\scountry\b(?![^.\n]{0,60}\b(relocat|visa|sponsor|office))"
    r"|live\sanywhere\b(?![^.\n]{0,40}\b(within|near|commut))"
    r"|(?<!be\s)located\sremotely\b(?!\s\w+\s(?:not|cannot)\b)"  # "an opportunity located remotely"
    r"|remot[oa]\b|teletrabajo\b|a\sdistancia\b"  # Spanish, any degree: the patterns above say how much
    r"|100\s?%\s(mobiles?|mobilem)\s(arbeiten|homeoffice)\b"  # "Wir bieten 100 % mobiles Arbeiten"
    # The role's mode, weaker than a stated office week or hybrid: "Location: mostly remote with occasional
    # office visits", "Primarily remote (Waterloo region, Canada)" (14 of 15 such tuning postings are
    # labelled remote), "remote essentiellement avec présentiel occasionnel"; not "mostly remote support",
    # "a mostly remote team", "Télétravail principalement le vendredi"
    r"|(?:mostly|mainly|primarily|largely|predominantly)\sremote(?=\s?(?:$|[,.;:!()|/]|\s(?:with|working)\b))"
    r"|(?:télétravail|remote)\s(?:essentiellement|principalement|majoritairement)(?=\s?(?:$|[,.;:!()]|\savec\b))"
    # "Travail essentiellement en télétravail, mais … des réunions d'équipe en présentiel"
    r"|(?:essentiellement|principalement|majoritairement)\sen\stélétravail\b"
    r"|remote\spossible\sfor\s(this|the)\s(position|role|job)\b"  # "Remote possible for this position."
    r"|work(s|ing)?\s(mostly\s)?remotely\b|(spread\s(out\s)?|distributed\s)remotely\b"
    # "This position will work from home;" (not "… from home on Fridays", "… during onboarding, then …")
    r"|(?:position|role|job)\swill\s(?:be\s)?work(?:ed)?\sfrom\shome(?=\s?(?:[.;]|$))"
    r"|consider(ing|ed)?\s(hiring\s)?remote\b|permanent(ly)?\s(wfh|work(ing)?\sfrom\shome)\b"
    r"|telecommute\b(?!:)"  # schema.org's jobLocationType value, as boards print it ("🌎 TELECOMMUTE Kyiv")
    # A field's whole value: "Ubicación: Desde casa", 'location: "Anywhere"'.
    r"|(?:^|(?<=:\s)|(?<=:))(desde|from|von)\s(casa|home|zu hause)\s?$"
    # "Multiple positions in United States - WORK FROM HOME | FULL-TIME": a header field's whole value
    r"|(?:(?<=\w\s\|\s)|(?<=\w\s-\s))work(ing)?\sfrom\shome\s?(?:$|(?=\|))"
    # (and a bracket after it: "Location: anywhere (prefer a time zone between US/Pacific and CET)")
    r"|(?:^|(?<=:\s)|(?<=:\s\"))(anywhere|worldwide|everywhere)\"?(?:\s\([^()\n]{1,80}\))?\s?$",
    re.MULTILINE,
)
_ONSITE = _at_word(
    r"(?<!with the )on[\s-]?site\b"
    r"(?![\s-](visits?|meetups?|meetings?|interviews?|events?|support|days?|offsites?|gatherings?|seo"
    r"|and remote support))"
    r"|in[\s-]office\b(?![\s-](days?|perks?|snacks?|lunch))|office[\s-]based\b"
    r"|(?<!meet )(?<!meets )in[\s-]person\b"
    r"(?![\s-](meetups?|events?|interviews?|meetings?|offsites?|retreats?|twice|once|days?|study|learning"
    r"|communit(?:y|ies)|groups?|workshops?|classes|sessions?|trainings?))"
    # "work well in a team, in-person as well as via online channels": a skill, not a work mode
    r"(?!\s(?:as well as|and|or)\s(?:via\s)?(?:remote|online|virtual))"
    r"|(must|need to|required to|expected to)\s(be able to\s)?"
    r"(work|be)\s(from|in|at)\s(our|the)\s[\w ]{0,30}office|presencial\b(?!\s(?:ocasional|puntual)(?:es)?\b)"
    # "présentiel occasionnel": some days, not the mode ("présentiel ponctuellement chez le client" is)
    r"|(?<!semi-)(?<!semi)présentiel\b(?!\s(?:occasionnel|ponctuel)(?:le)?s?\b)"
    # "This position will require work from our office"
    r"|(will\s)?requires?\swork\s(from|in|at)\s(our|the)\s[\w ]{0,30}office"
    # "will work from our Denver office", a bullet "Work at SOMA office.", "Both roles are local, in our
    # Toronto office"; not "work from our home office setup" or "at the office party"
    r"|(will|you'll)\swork\s(from|in|at)\s(our|the)\s[\w ]{0,30}(?<!home )office(?=\s?(?:$|[.,;:!)]|\sin\s))"
    r"|(?<![^\n])work\sat\s[\w ]{1,30}(?<!home)\soffice\.?(?![^\n])|(roles?|positions?)\s(is|are)\slocal\b"
    r"|vor ort\b|sur site\b|desde nuestras oficinas\b|locals? only\b"
    r"|(?:trabajo|trabajar) (?:\w+ ){0,4}en nuestras oficinas\b"
    r"|join\s(us|our\s(\w+\s)?team)\sin\sour\s[\w ]{0,30}office\b|work\slocally\sin\sour\s[\w ]{0,30}office\b"
    # "Relocating to Boulder is required", "already in Austin, TX or willing to relocate", "happy to relocate
    # you", "we do cover relocation expenses": the hire moves to the office ("relocation assistance" alone
    # is a perk; the labels give it no mode)
    r"|relocating\sto\s[\w ,.]{2,30}\sis\srequired|willing\sto\srelocate|relocate\syou\b|cover\srelocation\b"
    r"|disponibilidad\spara\scambio\sde\sresidencia\b"  # the same in Spanish (not trips: "trasladarse a")
    # "This position will be based out of the HOT Indonesia office in Jakarta": the role's desk
    # (not "is based in the Office of Information Technology", "based in our London office, with two days
    # a week working from home")
    r"|(position|role|job)\swill\sbe\sbased\sout\sof\s(the|our)\s[\w ]{0,30}(?<!home\s)office\sin\b"
    # "This is a full time role (40 hours/week) in our main offices in Amsterdam", "join our team full-time
    # in our office close to …", "Le stage se déroulera à Paris, dans les locaux de …", in a line naming
    # no home days ("… in our main offices in Amsterdam, with Fridays from home")
    r"|(?:(role|position|job)\s(\(\d{2}\shours/week\)\s)?in\sour\s(main\s)?offices?\s(in|at)\b"
    r"|join\sour\steam\sfull[\s-]time\sin\sour\s(\w+\s)?office\b"
    r"|se\sdéroulera\s(?:(?!distance)[^.\n]){0,40}\bdans\sles\slocaux\b)"
    r"(?![^\n]{0,100}\b(?:home|remote|teletrabajo|télétravail|distancia))"
)
_AT_WORK: Final = (
    r"(office|on[\s-]?site|in[\s-]person|bureau|sur site|présence|présentiel|büro|vor ort|oficina|presencial)"
)
_WHOLE_WEEK: Final = (
    # "5 Tage/Woche", "5 days/week": the slash with or without spaces
    r"((five|six|5|6|all)\sdays(\s(a|per|each)\s?|\s?/\s?)week|(5|cinq)\sjours(\s(par|sur)\s?|\s?/\s?)semaine"
    r"|(5|fünf)\stage(\s(pro|die|in der)\s?|\s?/\s?)woche|(5|cinco)\sdías(\s(a la|por)\s?|\s?/\s?)semana)\b"
)
# "5 jours par semaine, Le télétravail est la norme", "5 Tage pro Woche, davon 2 Tage im Büro", "Notre bureau
# est ouvert 5 jours par semaine": some of the week at home, a count of office days, opening hours
# The office's hours or staffing, not the hire's week: "Büro: 5 Tage/Woche geöffnet", "besetzt"
_OPENING: Final = r"ouvert|offen|geöffnet|besetzt|abiert|open|zeiten|horaire|hours"
# The week at home, in words _HOME_WORDS lacks: "5 días/semana en remoto", "5 days/week from home"
_AT_HOME: Final = r"remoto|from home"
_NOT_HOME: Final = (
    rf"(?:(?!{_HOME_WORDS}|{_AT_HOME}|\d(?!\s?[-\u2013]\s?[56]\b)"  # a range's upper end: "onsite 3-5 days"
    rf"|dont|davon|de ellos|including|of which|{_OPENING})[^.\n])"
)
_FULL_WEEK = _at_word(
    rf"(?:{_WHOLE_WEEK}{_NOT_HOME}{{0,40}}\b{_AT_WORK}(?![^.\n]{{0,30}}\d)"
    rf"|{_AT_WORK}\b{_NOT_HOME}{{0,40}}\b{_WHOLE_WEEK})"
    # "5 jours par semaine dont 2 en télétravail": some of the week at home
    r"(?![^.\n]{0,40}\b(dont|davon|including|of which|de los cuales|de ellos|remote|télétravail"
    rf"|home[\s-]?office|teletrabajo|hybrid|{_AT_HOME}|{_OPENING})\b)"
)
# The week said of the home right before it: "Télétravail 5 jours/semaine, bureau à Paris pour les réunions"
# (right before it: "Remote US or onsite? Onsite only: … 5 days a week in our NYC office" is the office's)
_HOME_BEFORE: Final = re.compile(rf"\b(?:{_HOME_WORDS}|{_AT_HOME})\W{{0,3}}$", re.IGNORECASE)
MAX_HOME_BEFORE: Final = 32  # characters read before a whole week for a home word


def _full_week_at_work(text: str) -> bool:
    """Whether `text` puts the whole week at the office (`_FULL_WEEK`), not at home said just before."""
    return any(
        not _HOME_BEFORE.search(text, max(0, found.start() - MAX_HOME_BEFORE), found.start())
        for found in _FULL_WEEK.finditer(text)
    )


_STRONG_REMOTE = _at_word(rf"{alternatives('remote')}(?!\w)")  # "fully remote", not a bare "remote"


# "Flexibles Arbeiten & Remote-Optionen", "remote options": a perk, like "flexible working", says nothing.
# "(except when remote)", "if working remotely": a condition, not the role's mode.
_SAYS_NOTHING = re.compile(
    r"(?<!\w)remote[\s-]optionen?\b|(?<!\w)remote[\s-](?:friendly[\s-])?(?:work[\s-])?options?\b"
    r"|(?<!\w)(?:when|if|while) (?:working )?remote(?:ly)?\b"
    r"|(?<!\w)li-hybrid\b"  # a recruiter's "#LI-Hybrid" tag beside a stated remote role (2 of 3 labels)
    r"|(?<!\w)(?:quand|lorsque|si) (?:vous êtes|tu es) en télétravail\b"
    r"|(?<!\w)remote[\s-]job\s?:\s?(?:no|nein|non|false)\b"  # a field: `_REMOTE_NO`
    # a field's name: "Ability to Work Remotely: Onsite Full-time" (its "Yes" still says remote)
    r"|(?<!\w)ability to work remotely\s?:(?!\s?(?:yes|ja|oui|sí)\b)"
    # "Entorno con amplia experiencia en trabajo remoto": someone's experience of it, not the role's mode.
    r"|(?<!\w)(?:experiencia en (?:el )?trabajo remoto"
    r"|experience (?:of |with |in )?(?:working )?remote(?:ly)?)\b"
    # A later chance, not the role's mode: "potential for full remote work after 12 months"
    r"|(?<!\w)(?:potential|possibility|option|chance|opportunity)\s(?:for|of|to)\s(?:[\w']+\s){0,3}"
    r"remote(?:ly)?\s(?:(?:work|working)\s)?after\b"
    # "Remote-Anteil: Nach Absprache": how much remote is left open (a share says it: "Remote-Anteil: 90%")
    r"|(?<!\w)remote-?anteil\s?:\s?(?:nach absprache|verhandelbar|n/a|tbd|offen)\b"
    # "Remote + ggf. Onsite nach Bedarf": office days when needed, beside a stated mode
    r"|(?<!\w)(?:ggf\.?|gegebenenfalls|bei bedarf|nach bedarf|gelegentlich)\s(?:punktuell\s|tageweise\s)?"
    r"(?:on[\s-]?site|vor[\s-]ort)\b"
    # How the interviews are held, not the job: "entretien … en présentiel (distanciel possible)", "an
    # onsite interview", "Persönliches Gespräch (vor Ort oder via MS Teams)"
    r"|(?<!\w)(?:entretiens?|interviews?(?! engineer)|entrevistas?|\w{0,20}gespräch\w{0,3})\b[^.\n]{0,80}?"
    r"(?:en présentiel|on[\s-]?site|in[\s-]person|presencial|vor[\s-]ort|en distanciel|à distance"
    r"|remote(?:ly)?|virtual(?:ly)?)\b"
    # and the other mode it offers: "a discussion (in person or remote)"
    r"(?:\s(?:or|oder|ou|o)\s(?:on[\s-]?site|in[\s-]person|remote(?:ly)?|virtual(?:ly)?|vor[\s-]ort))?"
    r"|(?<!\w)(?:on[\s-]?site|in[\s-]person|virtual|remote|video)\sinterviews?\b"
    # an event anywhere, not where the hire works: "When major disaster strikes anywhere in the world"
    r"|(?<!\w)(?:disasters?|crisis|crises|emergenc(?:y|ies))\s(?:\w+\s){0,3}anywhere in the world\b"
    # a step of the interviews: "followed by a discussion (in person or remote)"
    r"|(?<!\w)(?:discussion|conversation|call)\s\((?:in[\s-]person|on[\s-]?site|remote)\sor\s"
    r"(?:in[\s-]person|on[\s-]?site|remote|virtual)\)"
    # A passing state: "Onsite (we're currently all remote because of COVID-19)", "ONSITE/remote(covid)",
    # "Remote / Onsite (after COVID)"
    r"|(?<!\w)remote\s?\((?:covid|pandemic|corona)[^)]{0,20}\)"
    r"|(?<!\w)remote\s?/\s?(?=on-?site\s?\(after\s(?:covid|corona|the\spandemic))"
    r"|(?<!\w)(?:currently|temporarily|for now)\s(?:all\s|fully\s|100%\s)?remote\b[^.\n)]{0,20}"
    r"\b(?:because of|due to|during)\s(?:the\s)?(?:covid|pandemic|corona|lockdown)"
    # "ONSITE (currently remote)", "Onsite (Temporarily Remote)", "Onsite-currently remote", "(but remote for
    # now)": a mode that will end
    r"|(?<!\w)remote\sfor\snow\b"
    # only in an onsite mode's bracket, and not after "previously": "Previously onsite (currently fully
    # remote)" is remote now
    r"|(?<=site \()(?<!previously onsite \()(?<!previously on-site \()(?<!formerly onsite \()"
    r"(?<!formerly on-site \()(?:currently|temporarily)\s(?:all\s|fully\s)?remote\b(?=\s?\))"
    r"|(?<=-)currently\sremote\b"
    # An exception, not the role's mode: "Hybrid Boston or Fully Remote (US) for exceptional candidate"
    r"|(?<!\w)(?:fully\s|full\s)?remote(?:\s\([^)]{0,20}\))?(?:\s(?:possible|considered|ok))?"
    r"\sfor exceptional (?:candidates?|cases|profiles)\b"
    # Another team's mode: "Possibilité de Full remote sur certaines Squads", "fully remote for some teams"
    r"|(?<!\w)(?:full|fully|100\s?%)\sremote\s(?:sur|pour|dans|for|in|on)\s(?:certaine?s|some|certain)\b"
)


# Every work-mode pattern below matches a stretch holding one of these: the other lines are skipped.
_MODE_WORDS: Final = (
    "remot", "hybrid", "híbrid", "hibrid", "mixt", "home", "casa", "anywhere", "worldwide", "everywhere",
    "distan", "télétravail",
    "teletrabajo",
    "telecommute", "office", "site", "person", "day", "presencial", "présentiel", "vor ort", "präsenz",
    "hause",
    "heimarbeit", "chez vous", "chez toi", "oficina", "wfh", "local", "dispersée", "répartie", "virtual",
    "büro", "bureau", "vorort", "retrouvons", "von wo", "where you work", "how you work", "présen",
    "ortsunabh", "relocat", "n'importe où", "de tt", "mobile", "any country", "mobilarbeit", "telearbeit",
    "workplace", "residencia", "locaux",
)  # fmt: skip


# Characters kept on either side of a mode word in a long line. The longest work-mode match reaches
# about 120 characters from its mode word ("must be able to work from our ... office"), so a cut this
# far from every mode word changes no match; a 14 KB pasted paragraph holding one "home" is read as
# 400 characters instead of being searched by every pattern from end to end.
MODE_WINDOW: Final = 200


def _occurrences(line: str, words: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    """(start, end) of every occurrence of `words` in a line, found by str.find (faster than a pattern)."""
    for word in words:
        position = line.find(word)
        while position >= 0:
            yield position, position + len(word)
            position = line.find(word, position + 1)


def near(line: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """The stretches of a line within MODE_WINDOW of one of `words`, overlaps merged; a short line whole.

    A pattern each of whose matches holds one of `words` and spans less than MODE_WINDOW finds the same
    matches in these stretches as in the whole line: at most twice the window per word read, not the line.
    """
    if len(line) <= 4 * MODE_WINDOW:
        return [(0, len(line))]
    spans: list[tuple[int, int]] = []
    for start, end in sorted(_occurrences(line, words)):
        start, end = max(0, start - MODE_WINDOW), min(len(line), end + MODE_WINDOW)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def _windows(line: str) -> list[str]:
    """A line, or of a long line the stretches near a mode word (`near`)."""
    return [line[start:end] for start, end in near(line, _MODE_WORDS)]


def _mode_lines(low: str) -> str:
    """The lines of lower-case text that can state a work mode (the others cannot match, and are many),
    long lines cut to the stretches around their mode words (`_windows`)."""
    kept = (line for line in low.split("\n") if any(map(line.__contains__, _MODE_WORDS)))
    return "\n".join(piece for line in kept for piece in _windows(line))


_BARE_PERK = re.compile(_BARE_TELETRAVAIL, re.MULTILINE)


# A "possibility of" remote work is some days at home when nothing else states the mode: "Le poste est
# basé à Paris, avec possibilité de télétravail", "die Möglichkeit zur Arbeit im Home-Office", "Ouvert au
# Télétravail" (12 of 18 tuning labels; the rest none). Beside a board's "Remote" field it is a perk
# (`_remote_from`).
_POSSIBLY_AT_HOME = re.compile(
    r"(?<!\w)(?<!no )(?<!keine )(?<!pas de )(?<!sin )(?<!sans )(?<!ohne )(?<!without )(?<!aucune )"
    r"(?<!keinerlei )"  # denied: `_REMOTE_NEGATED`
    r"(?:möglichkeit\w{0,3}|option|possibility|posibilidad|possibilité|ouverte?\sau|abiert[oa]\sal|offen\sfür)\s"
    r"(?:(?!fully|full|entirely|completely|komplett|vollständig|total|entweder|either|deutschlandweit|bundesweit"
    r"|europaweit|partout|anywhere)[\w'/]+\s){0,4}"
    r"(?:homeoffice|home[\s-]office|remote(?: work)?|teletrabajo|télétravail|mobile[sn]? arbeit\w*"
    # "Möglichkeit der Tele- oder Mobilarbeit", "Die Möglichkeit im Berliner Büro und/oder mobil zu arbeiten"
    r"|tele-? oder mobilarbeit|telearbeit|mobilarbeit|mobil zu arbeiten)\b"
    # a full one ("ouvert au télétravail complet"), remote candidates, a share of the time (`_HYBRID`)
    r"(?!\s(?:à\s)?(?:complet|total|intégral|full|komplett|vollständig|100)\b)(?![\s-](?:kandidat|candidat))"
    r"(?!\s?[(:\d])(?!,?\s(up to|bis zu|jusqu|hasta|partiel\w*|parcial\w*|teilweise)\b)"
    # a remote role, read by `_REMOTE`: "Option of remote work from anywhere in Germany"
    r"(?!\s(from anywhere|desde cualquier|von überall|de n'importe où)\b)"
)
# After a possibility, what makes it no work mode: a technical "remote …" ("the option of remote
# updates", "Möglichkeit der Remote-Wartung") or a workation ("… from abroad for up to 30 days a year")
_NOT_A_WORK_MODE = re.compile(
    r"[\s-](\w+\s)?(monitoring|updates?|maintenance|wartung|access|zugriff\w*|support|control\w*|management"
    r"|diagnos\w*|services?|sessions?|desktop|sensing|devices?|assistance|administration|installation"
    r"|überwachung|steuerung|sites?|operations?|betrieb)\b"
    r"|[^.\n]{0,40}\b(abroad|ausland|eu-ausland|étranger|otro país|extranjero)\b"
)
# A denial in the possibility's clause: "The option of remote work is not available", "Die Möglichkeit
# zum Homeoffice besteht leider nicht", "El puesto no ofrece posibilidad de teletrabajo"
_DENIED = re.compile(r"\b(not|no|nicht|keine?|pas|sin|aucune?|keinerlei|ninguna?)\b")
# A clause ends at a comma too: "Flexible Arbeitszeiten ohne Kernzeit, Möglichkeit zur Remote-Arbeit"
_CLAUSE_EDGE = re.compile(r"[.!?\n,;•|&–—]")
# No home days at all ("Kein Homeoffice möglich", "Homeoffice: nein", "Pas de possibilité de
# télétravail"): no hybrid cue, though it names one
_NO_HOME_DAYS = re.compile(
    rf"\bkein(?:e|en)?\s(?:home[\s-]?office|mobiles arbeiten|remote)\b(?![\s-]zwang){_THEN}"
    rf"|\b(?:{_HOME_DAYS_REFUSED})"
)


MAX_DENIAL_CHARS: Final = 80  # "… is, unfortunately, not available for this position" after it
DENIAL_LEAD_CHARS: Final = 12  # "no ofrece posibilidad", "not offer the option"; not "No dress code and the"


def _possibly_at_home(text: str) -> bool:
    """Whether lower-case `text` offers a possibility of remote work (`_POSSIBLY_AT_HOME`) that its
    clause does not deny right before or after it, and that is no technical "remote …" nor a workation.
    Each match reads a bounded stretch around it: linear in the text."""
    for found in _POSSIBLY_AT_HOME.finditer(text):
        end = _CLAUSE_EDGE.search(text, found.end(), found.end() + MAX_DENIAL_CHARS)
        after = text[found.end() : end.start() if end else found.end() + MAX_DENIAL_CHARS]
        lead = text[max(0, found.start() - DENIAL_LEAD_CHARS) : found.start()]
        lead = _CLAUSE_EDGE.split(lead)[-1]
        if _DENIED.search(after) or _DENIED.search(lead) or _NOT_A_WORK_MODE.match(after):
            continue
        return True
    return False


# "remote-first hybrid", "Onsite (2 days remote OK)": a hybrid role, whatever "remote" says alone
_REMOTE_FIRST_HYBRID = re.compile(
    r"\bremote[\s-]first hybrid\b"
    # "Wir leben ein Hybrides Arbeitsmodell: Remote-First mit regelmäßigem Austausch vor Ort"
    r"|\bhybrides? arbeitsmodell:?\s(?:\w+\s){0,2}remote[\s-]first\b"
    r"|\bhybrid work(?:ing)? model:?\sremote[\s-]first\b"
    r"|\bon-?site\s?\(\s?[1-4]\s?days?\s(?:a\sweek\s)?remote\s(?:is\s)?(?:possible|available|allowed|ok)\s?\)"
    # "5 jours par semaine dont 2 en télétravail"
    r"|\b(?:dont|davon|including|of which|de los cuales)\s[1-4]\s(?:jours?\s|tage?n?\s|days?\s|días\s)?"
    r"(?:en|im|de|in|from|at)\s(?:télétravail|home[\s-]?office|teletrabajo|remote|home)\b"
)


def remote_policy(text: str, onsite_cues: bool = True) -> RemotePolicy | None:
    """remote, hybrid or onsite as the text states it, or None. The patterns read lower-case text.

    "hybrid or remote" is remote; hybrid beats "not remote" (a hybrid role is not remote either);
    `onsite_cues=False` ignores weak onsite words ("in person"), for text about the company.
    """
    low = text.lower().replace("télé-travail", "télétravail")  # "Le télé-travail est possible"
    text = _POSSIBLY_AT_HOME.sub(" ", _SAYS_NOTHING.sub(" ", _mode_lines(low)))
    if not onsite_cues:  # "### • Télétravail" among the benefits: a perk, like a coworking pass
        text = _BARE_PERK.sub(" ", text)
    if not text:
        return None
    text = _REMOTE_FIRST_HYBRID.sub("hybrid", text)  # "remote-first hybrid": a hybrid role, not a remote one
    unsaid = _REMOTE_NEGATED.sub(" ", text)  # "this is not a remote only position, … a hybrid model"
    strong = _STRONG_REMOTE.search(unsaid) is not None
    if _EITHER.search(unsaid) or (strong and _HYBRID.search(text)):
        return "remote"  # the role can be done fully remote, whatever else is offered
    if not strong and _full_week_at_work(text):  # "Full remote ! Bureau ouvert 5 jours": not onsite
        return "onsite"
    if _HYBRID.search(_NO_HOME_DAYS.sub(" ", text)):  # not "Kein Homeoffice möglich"
        return "hybrid"
    if _REMOTE_NEGATED.search(text):
        return "onsite"
    if _REMOTE.search(text):
        return "remote"
    if onsite_cues and _ONSITE.search(text):
        return "onsite"
    return None


WORK_MODE: Final = guarded(
    r"\b(remote(?:[\s-](?:available|eligible|possible|friendly|first|only|ok|job|work))?"
    r"|hybrid|on[\s-]?site|in[\s-]office|in[\s-]person|onsite|office|flexible|wfh|wfa|remot[oa]|h[ií]brid[oa]|presencial"
    r"|télétravail|hybride|homeoffice|full[\s-]?time|part[\s-]?time|full[\s-]remote|telecommute|off-?site"
    r"|fully|desde casa|von zu hause|from home|mobil|options?"  # "Homeoffice Option", "Arbeitsort: Mobil"
    r"|mobilarbeit|telearbeit"  # "Möglichkeit der Tele- oder Mobilarbeit"
    r"|vor[\s-]ort"  # "Hybrid: Remote / Vor Ort (Zentralschweiz)": on site
    r"|perm|permanent)"
    # "télétravail complet en France", "remoto completo": how much of the mode, with it (not the contract's
    # "Jornada completa", "Temps complet": a review's finding)
    r"(?:\s(?:complet|complète|total|totalement|completo|completa|komplett|vollständig))?\b",
    re.IGNORECASE,
)
# "Location: Berlin (UTC+1)": a time zone is a working-hours hint, not a place to search GitHub for.
TIME_ZONE: Final = guarded(
    r"(?<!\w)(?:UTC|GMT|CET|CEST|EET|EEST|WET|BST|IST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|JST|AEST|AEDT|PKT|SGT"
    r"|HKT|NZST|MSK|WIB|ICT)"
    r"(?:\s?[+\-\u2212]\s?\d{1,2}(?::?\d{2})?)?(?!\w)"
    # "US/EU time overlap", "US Timezone overlap": working hours
    r"|(?<!\w)(?:[a-z]{2,10}/){0,3}[a-z]{2,10} (?:time ?zones? |time )?overlap\b",
    re.IGNORECASE,
)
_PLACE_NOISE = re.compile(
    # not "Frankfurt (Oder)", a city's river
    r"(?<![\w-])(within|in|from|across|only|anywhere in|the|time ?zones?|based|or|and|(?<!\()oder|und|ou"
    r"|et|o|y|en"
    # "100% remoto desde España o Portugal", "remote aus Deutschland": where from, in each language
    r"|desde|(?-i:aus)|depuis"
    r"|metro|greater|continental|working|work|preferred|preferably|required|ideally|(?<!bay )area|nähe"
    # "Ort: vorzugsweise Berlin", "Lieu : de préférence Lyon": a preference, not a place
    r"|vorzugsweise|idealerweise|de préférence|idéalement|preferentemente|preferiblemente"
    r"|de preferencia|idealmente"
    r"|region|umgebung|innerhalb"  # "Standort: innerhalb Deutschlands"
    # "Einsatzort: Im Homeoffice, im Büro in Düsseldorf": the modes around the place
    r"|im homeoffice|homeoffice|im büro(?: in)?|im office|^\s*im(?=\s*$)"
    r"|city cent(?:re|er)|toda|todo|toute|downtown|(?:groß)?raum|gr\.|countr(?:y|ies)"  # "Toda Colombia": all
    r"|(?-i:GR)(?=\s[A-ZÄÖÜ])"  # "im GR Stuttgart": Großraum
    # "Hauptstandort Herne", "Düsseldorf und in Absprache Remote", "(nach Absprache Raum Düsseldorf)"
    r"|(?:haupt)?standort|nach (?:absprache|vereinbarung|bedarf)|absprache"
    r"|alternativ(?:e|ely|ement|amente)?"  # "(Alternativ 2-3 Tage Bonn, Rest Remote)": another way to work
    r"|(?:can|must|should) be"  # "Remote, EST, can be US or Canada based"
    r"|central(?!\s(?:america|europe|asia|africa|african|valley|coast|time|standard)\b))(?![\w-])"
    r"|(?<!district )(?<!distrito )\b\d{1,6}(?:[a-z]|ème|eme|er)?\b|[*_`#@]|(?<=\w)-based\b"  # "Paris 4ème"
    r"|(?<=\w)-(?:only|remote)\b",  # "remote US-only", "US-Remote": the region
    re.IGNORECASE,
)
_PLACE_SPLIT = re.compile(
    r"\bor\b|\band\b|\boder\b|\bund\b|\bsowie\b|\bou\b|\bet\b|\by\b|\bo\b|/|;|\s&\s|\+|·|•|\|"
)


MAX_PLACE_TEXT = 300  # a location value or header line longer than this is prose, not a list of places
MAX_BOARD_LIST = 3000  # a board's list of countries ("🌎 Anguilla,Antigua and Barbuda,…") may be this long


def _bounded(text: str) -> str:
    """A header text cut to `MAX_PLACE_TEXT`, or to `MAX_BOARD_LIST` for a board's tight-comma list."""
    head = text[:MAX_PLACE_TEXT]
    return text[:MAX_BOARD_LIST] if len(text) > MAX_PLACE_TEXT and _TIGHT_COMMA.search(head) else head


_LEADING_NAME = re.compile(
    r"^\W{0,3}([A-ZÀ-Ý][\w'.-]{1,30}(?:,?\s(?:de|del|la|am|[A-ZÀ-Ý][\w'.-]{1,30})){0,3})\s[a-zà-ÿ\d]"
)


def _leading_name(chunk: str) -> str:
    """A value that goes on as prose keeps its leading name: "Providencia a 10 minutos del Metro"."""
    found = _LEADING_NAME.match(chunk)
    return found.group(1) if found else ""


_HEADQUARTERS = re.compile(r"(?:hq|headquarter(?:s|ed))\b", re.IGNORECASE)
_NEAR = re.compile(
    r"^(?:(?:near|close to|next to|nahe|in der nähe|près de|cerca de)\b"
    r"|\w+er\s(?:westen|osten|norden|süden)$)",  # "Alling (Münchner Westen)": the area the town is in
    re.IGNORECASE,
)


def _asides(segment: str) -> list[str]:
    """The parentheses of a segment that name places of their own: "Remote (EU)" but not the country
    of the cities before it, "Hanoi, Da Nang (Vietnam)"."""
    kept = []
    for found in PARENS.finditer(segment):
        before = segment[: found.start()].rstrip()
        inner = found.group(1).strip()
        if _HEADQUARTERS.match(inner) or _NEAR.match(inner):
            continue  # "(HQ: Burlingame, CA)", "(near Baidu/ByteDance)", "(Münchner Westen)": no work place
        # "Faverges (Haute-Savoie, Auvergne Rhône-Alpes)": the city's own region or country
        its_area = is_wide(inner) or is_area(inner.split(",")[0].strip())
        qualifies = bool(before) and not WORK_MODE.search(before.split()[-1]) and its_area
        # "Halle (Saale)", "Frankfurt (Oder)": the river a city's name carries, no place of its own
        river = bool(before) and is_city(before.split()[-1]) and not known_place(inner) and " " not in inner
        if not qualifies and not river:
            kept.append(found.group(1))
    return kept


_DASH_OR_SLASH = re.compile(r"\s[–—/-]\s")  # "Remote - Americas/Europe", "Cape Town / Remote ..."


def _segments(value: str) -> list[str]:
    """A value split at its dashes and slashes, but not inside a parenthesis: "hybrid (3 Tage / Woche in
    NRW)" is one segment."""
    segments: list[str] = []
    for part in _DASH_OR_SLASH.split(value):
        if segments and segments[-1].count("(") > segments[-1].count(")"):
            segments[-1] += f" / {part}"
        else:
            segments.append(part)
    return segments


_PROSE_AREA = re.compile(
    r"\b(?:throughout|across|anywhere in)\s(?:the\s)?"
    r"([A-Z][\w.]{1,20}(?:\s[A-Z][\w.]{1,20}){0,2}(?:\s(?:and|or|&)\s[A-Z][\w.]{1,20}(?:\s[A-Z][\w.]{1,20}){0,2})?)"
)


def _river_town(segment: str, aside: re.Match[str]) -> str:
    """ "Frankfurt (Oder)": a city's river that tells it from another city of its name stays with it;
    any other aside gives way to a space."""
    before = segment[: aside.start()].split()
    named = bool(before) and known_place(f"{before[-1]} {aside.group(0)}") and not known_place(aside.group(1))
    return aside.group(0) if named else " "


def _chunks(value: str) -> list[str]:
    chunks: list[str] = []
    for segment in _segments(value):
        # "Raum Salzburg (50% vor Ort blockweise im zweiwöchigen Rhythmus)": the words outside the aside,
        # unless they are only the mode ("Remote (… ca. 2 Tage vor Ort in Zagreb - Kroatien)")
        bare = PARENS.sub(" ", segment)
        words = segment if WORK_MODE.fullmatch(bare.strip()) else bare
        if len(words.split()) > 6 and "," not in segment and " or " not in segment:
            # an area in prose ("Various worksites throughout the U.S."), or the place before prose
            # ("Providencia a 10 minutos del...")
            area = _PROSE_AREA.search(segment)
            chunks.append(area.group(1) if area else _leading_name(segment))
        else:
            outside = PARENS.sub(partial(_river_town, segment), segment) if "(" in segment else bare
            chunks += [outside, *_asides(segment)]
    return chunks


# "V6B 3K9", "SW1A 1AA": a postcode of letters and digits, not a place ("District 3" and "D1, HCMC" are).
_POSTCODE = re.compile(r"(?=[^,]*\d)[A-Z\d]{2,4}(?:\s[A-Z\d]{2,4})?")


def _hyphen_halves(piece: str) -> list[str]:
    """ "Buenos Aires-Argentina": a city and its country joined by a hyphen are two parts; a name with
    a hyphen of its own ("Aix-en-Provence", "Baden-Württemberg") stays one."""
    head, hyphen, tail = piece.rpartition("-")
    if not hyphen or known_place(piece) or not (known_place(head) and is_area(tail)):
        return [piece]
    return [head, tail]


def _chunk_places(chunk: str) -> list[str]:
    chunk = TIME_ZONE.sub(" ", WORK_MODE.sub(" ", chunk))
    found: list[str] = []
    for part in _PLACE_SPLIT.split(chunk):
        pieces = [" ".join(_PLACE_NOISE.sub(" ", p).split()).strip(" .-–—:!?[]%") for p in part.split(",")]
        pieces = [half for piece in pieces for half in _hyphen_halves(piece)]
        found += [
            place
            for place in group_places([p for p in pieces if p])
            if re.match(r"[^\W\d_]", place)
            and place[:1].isupper()
            and _short_parts(place)
            and _name_shaped(place)
            and not _POSTCODE.fullmatch(place)
        ]
    return found


# Where a "Location:" value ends: a sentence, a time zone in brackets, or the next label on the same line
# ("Location: NYC Salary: $150k").
# A value's end: a full stop ("St. Louis", "Mt. Vernon" are names), a time zone, the next "Field:".
_VALUE_END = re.compile(
    r"(?<!\bSt)(?<!\bSte)(?<!\bMt)(?<!\bGr)(?<!\bmind)(?<!\bca)(?<!\bggf)(?<!\bmax)\.\s|\s\((?i:\s?(?:utc|gmt))|\s(?=[A-Z][A-Za-z-]{2,15}:\s)|#{2,}"
    r"|(?<=[a-zäöüß])(?=[A-Z][a-zäöü]{2,15}:\s)"  # "Schleswig-HolsteinBranche: IT": a page's glued next label
    # "Waltham, MA — Pay Range $182,300": the pay beside the place, with no colon of its own
    r"|\s(?=(?i:pay|salary|compensation|gehalt|salaire|salario)\b|[$€£]\s?\d)"
)


_RESIDENCE_LEAD = re.compile(
    r"^(?:candidates?\s)?(?:must|should|need to)\s(?:be\s)?(?:located|based|living|residing|live|reside)"
    r"\s(?:in|within)\s"
    # "Remote opportunity for candidates from: Brazil, Ecuador, Colombia and Mexico"
    r"|^(?:(?:fully\s)?remote\s)?(?:opportunity|role|position|job)\s(?:for|open to)\s"
    r"(?:candidates|applicants)\s(?:from|in|based in|located in)\s?:?\s",
    re.IGNORECASE,
)


# "North and South America": two regions, each with its own name.
_AMERICAS = re.compile(
    # "North and South America", "North/South America"
    r"\b(North|South|Central|Latin) ?(and|&|or|y|et|/) ?(North|South|Central|Latin) America\b"
)


_TIGHT_COMMA = re.compile(r",(?=[^\s\d])")  # "US,Ontario": no space after the comma
_GLUED_ASIDE = re.compile(r"(?<=[a-z])\((?=[A-Z][A-Za-z]{1,20}\))")


def _board_list(text: str) -> str:
    """A board's list, its items parted by tight commas, as items parted by semicolons: "Chicago,
    IL,Remote,US" -> "Chicago, IL; Remote; US". A country listed beside a city in it stays a place of
    its own: "Bucharest, Romania,Romania,Remote" is Bucharest and, remote, all of Romania (the guide's
    header line counts; 7 of 11 tuning labels keep it)."""
    return "; ".join(item for item in _TIGHT_COMMA.split(text) if item.strip())


_CODE_DASH = guarded(r"\b(US|USA|UK)-(?=\s)")
_STATE_DASH = guarded(
    r"(?<=[a-z])\s-\s(?=[A-Z]{2}(?:\s?[,&]|\s?$))|(?<=, [A-Z]{2})-(?=[A-Z][a-z])", re.MULTILINE
)


def states_joined(text: str) -> str:
    """A town's state set apart by a dash, joined by a comma: "New York - NY, Cambridge - MA" -> "New York,
    NY, Cambridge, MA"; "New York, NY-San Francisco, CA" -> "New York, NY, San Francisco, CA"."""
    return _STATE_DASH.sub(", ", text) if "-" in text else text


def _place_text(text: str) -> str:
    """Place names written out whole: "Frankfurt a.M." -> "Frankfurt am Main", "North and South
    America" -> "North America and South America", a board's list parted (`_board_list`)."""
    text = _GLUED_ASIDE.sub(" (", spelled_out(text))  # "Belfast(UK)" -> "Belfast (UK)"
    text = _CODE_DASH.sub(r"\1 -", text)  # "US- Remote, US- Chicago": a country's code and its place
    text = states_joined(text)
    text = _board_list(text) if _TIGHT_COMMA.search(text) else text
    return _AMERICAS.sub(r"\1 America \2 \3 America", text) if "America" in text else text


# A street and its house number, in an address under "Ubicación": "Carmencita 25, of 11", "Catedral 1401".
_HOUSE_NUMBER = re.compile(
    r"(?:^|(?<=[,.;]\s))([A-ZÀ-Ý](?:[a-zß-ÿ][\w'-]{0,29}|[\w'-]{2,30})(?:\s[\w'-]{2,30}){0,2})\s\d{1,5}[a-zA-Z]?(?:,\s?of\.?\s\d{1,5})?(?=[,.;]|$)"
)


def _no_street(found: re.Match[str]) -> str:
    """An address's street goes; a known place with a number stays ("Paris 9": an arrondissement)."""
    keep = known_place(found.group(1)) or _DISTRICT.search(found.group(1))  # "District 3, HCMC"
    return found.group(0) if keep else ""


_DISTRICT = re.compile(r"\b(?:district|distrito|bezirk|arrondissement|zone|quận)$", re.IGNORECASE)


# "Remote: Senior Engineer" (a title after a work mode): a role is no place.
_ROLE_NOUN = re.compile(
    r"\b(?:engineer|developer|manager|designer|scientist|analyst|architect|consultant|intern|entwickler"
    r"|développeur|desarrollador)s?\b",
    re.IGNORECASE,
)


# Words of a location value that name no place: "Location: 'N/A'" (read whole, before the slash splits it
# into "N" and "A"), and the employer's own office named by its rank ("Location: Head Office (Remote work
# available within Japan only)", "Main Office, Berlin")
_NO_PLACE = re.compile(
    r"(?<![\w/])n/a(?![\w/])|(?<!am )\b(?:head|main)\s(?:office|hq)\b"
    # a whole value that names every office: '"ort": "Alle"', "Location: All locations", "Lieu : Tous"
    r"|^\W{0,3}(?:alle|all|toutes?|tous|todas?|todos|mehrere|multiple|various)"
    r"(?:\s(?:standorte|locations|offices|sites|sedes|ubicaciones|villes))?\W{0,3}$",
    re.IGNORECASE,
)


def places_in(value: str) -> list[str]:
    """Places in a "Location:" value: "Berlin, Germany or Remote (EU)" -> ["Berlin, Germany", "EU"]."""
    value = _NO_PLACE.sub(" ", value[:MAX_PLACE_TEXT])
    value = _HOUSE_NUMBER.sub(_no_street, value).lstrip(" ,.;")
    value = _AREA_CODE.sub("", _SCHEDULE.sub(" ", _as_places(value)))
    value = _VALUE_END.split(_place_text(value))[0]
    value = value.lstrip("~≈ ")  # "Lieu de travail: ~ Toulouse": about there
    value = _RESIDENCE_LEAD.sub("", value)  # "Must be located in California or within the Pacific …"
    # "Berlin & Hybrid: HQ office in Berlin": the ampersand before a dropped mode is no part of the place
    found = [place.rstrip(" &") for chunk in _chunks(value) for place in _chunk_places(chunk)]
    # "EU-friendly": working hours that suit a region, not a place to live in (the guide).
    kept = [
        _off_the_street(_genitive_country(p) or p)
        for p in found
        if p.lower() not in _NOT_PLACES
        and not _STREET.match(p)
        and not _ROLE_NOUN.search(p)
        and not _a_department(p)
    ]
    return cities_first(
        [_spaced_area(one) for p in kept if p and "-friendly" not in p for one in _coded_cities(p)]
    )


# A team's name beside the place in a page's field: "Tel Aviv, Israel | Engineering"
_DEPARTMENTS: Final = frozenset(
    {"engineering", "marketing", "sales", "product", "design", "operations", "finance", "research", "support"}
    | {"security", "legal", "analytics", "infrastructure", "development", "technology", "data", "platform"}
)


def _a_department(part: str) -> bool:
    """Whether a place's part is a team's name (`_DEPARTMENTS`)."""
    return part.lower() in _DEPARTMENTS


def _inside(city: str, area: str) -> bool:
    """A city named in full that is no area too ("SF", "Ontario" stay apart), in the state or country."""
    spelled = "," not in city and not is_code(city) and not is_area(city)
    return spelled and (in_country(city, area) or a_state_of(city, area))


def cities_first(places: list[str]) -> list[str]:
    """An area written before the cities in it is theirs: "ON - Toronto" -> ["Toronto, ON"], "Estonia
    (Tallinn or Tartu)" -> ["Tallinn, Estonia", "Tartu, Estonia"]; "Toronto, ON" stays as it is."""
    found: list[str] = []
    index = 0
    while index < len(places):
        area = places[index]
        after = places[index + 1 :] if "," not in area else []
        cities = list(takewhile(partial(_inside, area=area), after))
        found += [f"{city}, {area}" for city in cities] or [area]
        index += 1 + len(cities)
    return found


MAX_SPACED_AREA_WORDS: Final = 5


def _spaced_area(place: str) -> str:
    """A city and its state or country with no comma between: "Austin Texas" -> "Austin, Texas"."""
    words = place.split()
    if "," in place or not 1 < len(words) <= MAX_SPACED_AREA_WORDS or known_place(place):
        return place
    for cut in range(1, len(words)):
        city, area = " ".join(words[:cut]), " ".join(words[cut:])
        if is_city(city) and is_area(area) and not is_code(area):
            return f"{city}, {area}"
    return place


def _coded_cities(place: str) -> list[str]:
    """A code after a city is its state's or country's: "Melbourne VIC" -> ["Melbourne, VIC"], "Hannover
    DE, Zurich CH" -> ["Hannover, DE", "Zurich, CH"] ("Washington DC" is one name)."""
    parts = [part.strip() for part in place.split(",")]
    coded = [_CITY_CODE.match(part) for part in parts]
    # "SAP MDG" (a skill and its module) is no "City CODE", though SAP is an airport's and MDG a country's
    cities = [
        m for m in coded if m and m.group(2) != "DC" and is_city(m.group(1)) and not is_code(m.group(1))
    ]
    if len(parts) > 1 and len(cities) == len(parts):
        return [", ".join(m.groups()) for m in cities]
    beside = _beside_whole_names(parts, coded, cities)
    if beside:
        return beside
    if coded[0] in cities and coded[0] is not None:
        return [", ".join([*coded[0].groups(), *parts[1:]])]
    return [place]


def _off_the_street(place: str) -> str:
    """ "130 Lonsdale Street, Melbourne VIC" -> "Melbourne VIC": an address's street is no place."""
    return ", ".join(part.strip() for part in place.split(",") if not _STREET_END.search(part.strip()))


def _beside_whole_names(
    parts: list[str], coded: list[re.Match[str] | None], cities: list[re.Match[str]]
) -> list[str]:
    """ "Albuquerque NM, Washington DC, Dayton OH": coded cities beside a place named whole; not a state
    then its country ("Sarasota, Florida USA"). [] when the parts are not so."""
    if len(parts) < 2 or not cities or any(is_area(m.group(1)) for m in cities):
        return []
    found = []
    for part, match in zip(parts, coded, strict=True):
        if match is not None and match in cities:
            found.append(", ".join(match.groups()))
        elif is_city(part) and not is_area(part):  # "Austin TX, USA" is a city in its country
            found.append(part)
        else:
            return []
    return found


_CITY_CODE = re.compile(r"^(.+?)\s([A-Z]{2,3})$")  # "Melbourne VIC", "Austin TX"


MAX_PLACE_WORDS = (
    5  # words in one comma part of a place: "Tan Binh District", "Ciudad Autónoma de Buenos Aires"
)


_NAME_PARTICLES: Final = frozenset(
    {"de", "del", "della", "di", "do", "da", "dos", "das", "du", "des", "la", "le", "les", "los", "las"}
    | {"am", "an", "im", "in", "bei", "ob", "sur", "sous", "en", "upon", "on", "of", "the", "y", "e", "et"}
)


def _name_shaped(place: str) -> bool:
    """Every word capitalised but a name's particles: "Frankfurt am Main", not "PAR is headquartered"."""
    return all(
        w[:1].isupper() or not w[:1].isalpha() or w in _NAME_PARTICLES or _ELIDED.match(w)
        for w in place.split()
    )


_ELIDED = re.compile(r"[dl]['’][A-ZÀ-Ý]")  # "Villeneuve-d'Ascq", "Université d'Orléans"


def _short_parts(place: str) -> bool:
    return all(len(part.split()) <= MAX_PLACE_WORDS for part in place.split(","))


# Not places to search for: booleans of a front matter, and "anywhere" (the guide's locations are
# where the hire works; a worldwide remote role has none).
_NOT_PLACES: Final = frozenset(
    {"false", "true", "yes", "no", "n/a", "none", "tbd", "various", "multiple"}
    | {"world", "global", "worldwide", "anywhere", "everywhere", "virtual"}
    | {"ok", "mon", "tue", "wed", "thu", "fri", "sat", "sun"}  # "Hybrid OK", "Hybrid Tue/Thu"
    | {"nord", "süd", "sud", "ost", "west", "mitte", "zentrum", "centre", "center"}  # "Nürnberg (Nord)"
    | {"pt"}  # "Frankfurt (6 PT Remote)": Personentage, days of work
    | {"tjm"}  # "Télétravail TJM à définir": taux journalier moyen, a freelance day rate (and an airport)
    # "Überwiegend Remote sowie Essen oder München": how much, of the work mode beside it
    | {"überwiegend", "vorwiegend", "hauptsächlich", "teilweise", "größtenteils"}
    | {"mostly", "mainly", "partly", "zum teil"}  # "Arbeitsort: Zum Teil im Homeoffice in Hamburg"
    | {"rest"}  # "2-3 Tage Bonn, Rest Remote": the rest of the week
    | {"home"}  # "Standort: Augsburg / Home Office": the home office left by the work mode's "Office"
    | {"büro", "office", "bureau", "oficina"}  # "Standort: Hamburg, Hybrid (3 Tage Büro)": the workplace
)
_STREET_END = re.compile(
    r"\b(?:street|st|road|rd|avenue|ave|lane|drive|parkway|pkwy|blvd|boulevard|highway|hwy|straße|strasse"
    r"|platz)\.?$|str\.$",
    re.IGNORECASE,
)
_STREET = re.compile(
    r"^(?:rue|boulevard|bd|avenue|av|calle|carrera|stra(?:ss|ß)e|str|via|road|street)\b", re.I
)


_ADMINISTRATIVE = re.compile(
    r"\b(?:district|county|province|region|oblast|prefecture|bezirk|landkreis|kreis|département|provincia"
    r"|departamento|distrito|comunidad|région)\b",
    re.IGNORECASE,
)


def _joins(part: str, group: list[str], city_list: bool) -> bool:
    """Whether a comma part belongs to the place before it: "Austin, TX", "Providencia, RM, Chile"."""
    if part.lower() == group[-1].lower() or same_city(part, group[-1]):
        return True  # "Mexico City, Mexico City, Mexico", "New York, NY": a city, then its state
    if len(group) == 2 and is_state(group[-1]) and is_wide(part):
        return True  # "San Francisco, CA, USA": "CA" is California there, the country follows
    if _ADMINISTRATIVE.search(part):
        return True  # "Tel Aviv-Yafo, Tel Aviv District, Israel": a district the gazetteer does not list
    if is_area(part) and not is_wide(group[-1]) and not is_continent(part):  # "SF, Europe": two places
        # In a list of cities, "LA" is Los Angeles; after a city's code, "NY" is New York City ("SF, NY").
        # "NYC, USA": "USA" is the country, though a town somewhere bears its name ("Singapore" is both)
        town = is_city(part) and not a_code_alone(part)
        return not (
            town and (city_list or (is_code(group[-1]) and is_city(group[-1])) or apart(group[-1], part))
        )
    # Parts the gazetteer does not know stay together ("Providencia, RM, Chile"), and a district the
    # gazetteer does not know goes with the city after it ("D1, HCMC", "Downtown, Los Angeles").
    return not known_place(group[0]) and (not known_place(part) or (len(group) == 1 and is_city(part)))


def group_places(parts: list[str]) -> list[str]:
    """Comma parts as places: "Boston, LA, SF" -> three; "Austin, TX, London" -> "Austin, TX", "London".

    A part that is a state, country or region joins the city before it; two known cities do not join.
    """
    # "🌎 Remote,Any, Poland": a board's "any place in" Poland; "Remote, Canada, Remote, US" less its modes
    parts = [p for p in parts if p.strip() and p != "Any"]
    if a_state_run(parts):
        return parts  # "VA, PA, FL, TX": states listed, with no city for one to qualify
    groups: list[list[str]] = []
    city_list = sum(is_city(p) and not is_wide(p) for p in parts) >= 3
    for index, part in enumerate(parts):
        following = parts[index + 1] if index + 1 < len(parts) else ""
        if groups and (
            _joins(part, groups[-1], city_list)
            or _state_between(part, groups[-1], following)
            or _suburb_then_area(part, groups[-1], following)
        ):
            groups[-1].append(part)
        else:
            groups.append([part])
    return [", ".join(group) for group in groups]


def _suburb_then_area(part: str, group: list[str], following: str) -> bool:
    """ "Muttenz, Basel, Schweiz", "Soho, London, UK": a town, the city it lies beside, then their
    country or state name one place ("Teams in Filderstadt, Stuttgart." are two sites)."""
    return len(group) == 1 and is_area(following) and suburb_of(group[0], part)


def _state_between(part: str, group: list[str], following: str) -> bool:
    """ "Munich, Bavaria, Germany": a part the gazetteer does not know, between a city and its country."""
    named = all(word[:1].isupper() for word in part.split())  # "Kyiv city" is no state's name
    return len(group) == 1 and named and not known_place(part) and in_country(group[0], following)


# "Americas Time Zones": working hours, not a place (the guide).
_ZONES = re.compile(
    # "US + EU timezones": codes joined by a sign ("Berlin / CET timezone" keeps Berlin)
    r"(?<!\w)(?-i:(?:[A-Z]{2,5}\s?[/+&]\s?)*)[\w -]{0,30}\b(?:time ?zones?|zeitzonen?|fuseaux? horaires?"
    r"|zonas? horarias?)\b"
    # and the zones after it: "prefer a time zone between US/Pacific and Central European"
    r"(?:\s(?:between|from)\s[^().;,\n]{0,60})?",
    re.I,
)
_FIELD_SPLIT = re.compile(r"\bor\b|\band\b|/|;|\bin\b|[()\[\]&|+]")


# "vor Ort (2-3 Tage/Monat)", "3 days a week": how often, not where
_SCHEDULE = re.compile(
    r"\b\d{1,2}(?:\s?-\s?\d{1,2})?\s?(?:tage?n?|days?|jours?|días?|x(?=\s?/))\b"  # "2x/Monat vor Ort"
    r"(?:\s?(?:/|pro\s|per\s|par\s|a\s|al\s|im\s)\s?(?:woche|week|monat|month|mois|semaine|mes|semana|jahr|year)\b)?"
    r"|\b\d{1,2}(?::\d\d)?\s?[ap]\.?m\b\.?",  # working hours: "9 AM - 5 PM EST" (no Armenia, no St Pierre)
    re.IGNORECASE,
)
# "Ort: D5 Köln / hybrid": an agency's area code before the city
_AREA_CODE = re.compile(r"(?<![\w-])[A-Z]\d\s(?=[A-ZÄÖÜ][a-zäöüß])")
_COUNTRY_WIDE = re.compile(r"(?<!\w)([a-zäöüA-ZÄÖÜ]{4,20})weite?[nrs]?\b")  # "deutschlandweit", "Europaweit"


def _country_wide(found: re.Match[str]) -> str:
    stem = found.group(1).capitalize()
    return stem if known_place(stem) else found.group(0)


def country_wide(text: str) -> str:
    """ "deutschlandweit" (all over Germany) as the place: "Deutschland"; other "-weit" words stay."""
    return _COUNTRY_WIDE.sub(_country_wide, text) if "weit" in text else text


def without_zones(text: str) -> str:
    """Text without its time-zone phrases ("Remote (North America Timezones Only)", "REMOTE US Hours"):
    working hours, not places (the guide)."""
    lower = text.lower()
    text = _ZONES.sub(" ", text) if "zone" in lower else text
    return _PLACE_HOURS.sub(" ", text) if "hours" in lower else text


_HOURS_PLACE = r"(?:[A-Z]{2,4}|[A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})?)"
# "REMOTE US Hours", "remote, EU business hours", "West Coast/Central hours": a place's working hours,
# not where the job is
_PLACE_HOURS = re.compile(
    rf"\b{_HOURS_PLACE}(?:\s?/\s?{_HOURS_PLACE})? (?i:(?:working |business )?hours)\b(?!\s?:)"
)


def _as_places(text: str) -> str:
    """Text ready to read places from: no time-zone phrases, "deutschlandweit" as "Deutschland"."""
    return country_wide(without_zones(text))


def is_location_text(text: str) -> bool:
    """Whether a title segment or header field names a place or only work modes: "Berlin (Remote)",
    "Palisades, New York (near NYC)", "Onsite or remote (USA only)", "TX & CA"."""
    cleaned = WORK_MODE.sub(" ", _ZONES.sub(" ", text))
    parts = [" ".join(_PLACE_NOISE.sub(" ", p).split()).strip(" ,[]") for p in _FIELD_SPLIT.split(cleaned)]
    parts = [p for p in parts if p]
    if not parts:
        return bool(WORK_MODE.search(text))
    # "Melbourne AU", "Florianopolis Brazil": a city and its code or country with no comma between
    spelled = [one for p in parts for one in _coded_cities(_spaced_area(p))]
    states = [state.strip() for part in parts for state in part.split(",")]  # "TX & CA", "VA, PA, FL"
    return any(map(is_place, spelled)) or is_place(cleaned.strip(" ,/")) or all(map(is_state, states))


# Words that say where the hire works, before the place, in our four languages: "based in Berlin",
# "developers in Stuttgart or Cologne", "Nos bureaux sont à Paris", "oficinas en pleno centro de Madrid".
# Written in lower case and matched on lower-case text (see `cues.words` on why not IGNORECASE).
# Who a role is open to, and where: "(open to) remote candidates located anywhere in", "anyone across"
_OPEN_TO_WHOM: Final = (
    r"(?:remote |all )?(?:candidates|applicants|anyone|people)(?: (?:located|living|based|residing))?"
    r" (?:anywhere )?(?:in|within|across|throughout)"
)
# The hiring sentence's verb (`_WHERE_CUE`'s weakest cue, `_HIRING_CUE`)
_HIRING_VERB: Final = (
    r"(?:busca|buscamos|sucht|suchen|recrute|recrutons|(?:is|are|'re) (?:hiring|seeking|looking for))"
)
_NEAR_FR: Final = r"(?:à proximité|près|proche|aux alentours) de"
_WHERE_CUE = re.compile(
    # "Based out of Rocket Lab's global headquarters in Long Beach, CA", "based at our HQ in Austin"
    # (the role's or a sentence's own start, not "Our leadership team is based at our headquarters in")
    r"\b(?:(?:^|(?<=[.!?;] )|(?<=\brole )|(?<=\bjob )|(?<=\bposition )|(?<=\brole is )|(?<=\bbe ))"
    r"based (?:at|out of|in) (?:our|the|(?:[\w-]{1,20} )?[\w-]{1,20}['\u2019]s)"
    r" (?:(?:global|main|corporate|central|new|regional|world) )?(?:hq|headquarters|offices?|campus|hub) in"
    r"|based (?:in|out of)(?: or (?:near|around))?(?: (?:one of )?our)?|located (?:either )?in"
    r"|im (?:gro(?:ß|ss))?raum|im gr\.?(?=\s)|einsatzraum"
    r"|arbeite[nt]? in|(?:from|at|in|join) our"
    r"|offices? (?:is |are )?in|relocat(?:e|ing|ion) to"
    # "on site in the headquarters in Madrid city center"
    r"|on[\s-]?site in(?: (?:the|our) (?:[\w-]{1,20} )?(?:hq|headquarters|offices?|campus) in)?|in-office in"
    r"|work(?:ing)? (?:from|at|in) (?:our|the) (?:[a-z]{2,15} ){0,2}"
    r"(?:hq|headquarters|offices?|campus|hub) in"
    r"|work(?:ing)? (?:from|in)(?: our)?"  # "work from our Denver office"
    r"|authori[sz]ed to work for (?:any|an?) employer in"  # "… for ANY employer in the U.S."
    # not "an early stage company with developers in Canada, US and India": where the team is
    r"|(?<!with )(?:positions?|roles?|jobs?|teams?|developers?"
    r"|engineers?) (?:are |is )?in|hiring in"
    r"|(?:live|living|reside|residing) (?:in|within)|from (?:your )?home in"
    # "Preference for someone in Bay Area, CA, NY, Vancouver, Toronto, or Montreal"
    r"|(?:preference for|we prefer|ideally) someone (?:based |located )?in"
    r"|\w{0,20}standort(?:en|e)?(?: in)?|(?:einsatz|arbeits|dienst)ort(?: ist)?(?: in)?"  # "Arbeitsort ist"
    r"|(?:einsatz|arbeits|dienst)orte (?:können|sind)"  # "Als Dienstorte können Mainz, Göttingen oder Berlin"
    r"|standort;"  # "Standort; Dresden, Erfurt, Leipzig und bis zu 40% Remote": a field's colon mistyped
    r"|vor ort in|(?:büros?|teams?) in"
    # "Vor-Ort-Anteil in Wien", "Für ein interdisziplinäres Projektteam in Zürich"
    r"|vor-ort-anteils? in|projektteams? in"
    # "… Coroutines. Onsite Warsaw.", "Hybrid Berlin.": the mode, then its place ending the sentence
    r"|(?:on-?site|hybrid)(?=(?:\s[^\s.;:()]{2,30}){1,3}(?:[.;]|$))"
    r"|bei \w{2,30} in|wohnst (?:du )?in"
    # "Poste basé près de Lyon", "située au centre-ville de Toulouse": near a city is at it
    rf"|basée? (?:{_NEAR_FR}|à|sur)|située? (?:{_NEAR_FR}|à|au c(?:œ|oe)ur de|au centre(?:-ville)? de)"
    r"|locali[sz]ée? (?:à|sur)"
    r"|bureaux (?:sont )?(?:à|en)"
    r"|lieu de travail (?:[\w-]{2,15} ){0,2}à"  # "Un lieu de travail moderne à Glattbrugg"
    r"|arrondissement de"  # "dans le 6ème arrondissement de Paris"
    r"|présence (?:\w{2,20} )?à"
    r"|présentiel\w* (?:\w{2,20} ){0,3}à"  # "2 réunions présentielles par mois à Paris"
    rf"|à pourvoir (?:{_NEAR_FR}|à|sur)"  # "poste à pourvoir à Nantes", "… à proximité de Grenoble"
    # "75007 Paris en plein cœur de Paris", "Ein modernes Büro im Herzen von Düsseldorf": the office
    r"|en plein c(?:œ|oe)ur de|im herzen (?:von|der stadt)"
    r"|chez (?:toi|vous) ou à"  # "Chez toi ou à La Défense"
    r"|travailler (?:sur|à|depuis)"
    r"|locaux (?:à|de)|sede en|con base en|trabajar en|ubicad[oa] en"
    r"|(?:en|a) la ciudad de"  # "aplicaciones web y móviles en la Ciudad de Rosario"
    # "alguien full-time basado en Monterrey"; not "aplicaciones basadas en AJAX" (a technology)
    r"|(?:alguien|persona|profesional)(?: [\w*-]{2,20}){0,2} basad[oa] en"
    r"|oficinas? (?:situadas? |está |están |se encuentran? )?en"  # "Nuestra oficina está en el centro de"
    r"|residente en|viven en|residir en"
    # the hire moves there: "Disponibilidad para cambio de residencia a Ensenada, B.C., México"
    # (not "sin necesidad de cambio de residencia a Monterrey"; not a trip: "trasladarse a Monterrey")
    r"|(?<!necesidad de )(?<!sin )cambio de residencia a"
    # "we prefer hiring US residents": who is hired, by where they live (not "not able to hire New York
    # residents")
    r"|(?:prefer(?:s|ring)? hiring|prefer to hire|only hire|hire only|hiring only)"
    r"(?=\s[\w.]{2,20}(?:\s[\w.]{2,20})?\sresidents\b)"
    # The hiring sentence's place: "Falabella busca un/a Ingeniero/a de IA en Bogotá (Híbrido)".
    # "Garden of Concepts aus Hanau sucht …": the employer's town in the hiring sentence
    r"|aus(?=\s[\w-]{2,30}\s(?:sucht|suchen)\b(?![^.\n]{0,80}\s(?:in|für einen kunden)\s))"
    # "join a local team near our headquarters here in Paris"
    r"|(?:headquarters|hq|offices?) here in"
    rf"|{_HIRING_VERB}"
    r"\s[^.\n]{3,60}?\s(?:en|in|à)(?!\sour\s)"  # "… to join us in our NYC office": the cue below
    r"|empleo para|en nuestras oficinas de|située?s? (?:[\w']{1,12} ){0,4}à|agence (?:de|à)"
    r"|viv(?:ir|es|e|is|a|an) (?:en|cerca de)(?: las proximidades de| los alrededores de)?"  # "que viva en"
    r"|(?:office|büro)(?: [\w]{1,12}){1,3} in|(?:from |located )?anywhere in(?: the)?"
    r"|n'importe où (?:au|aux|en|dans(?: le| la| les)?)"
    r"|trabajar (?:\w{2,20} )?desde(?: la| el)?|arbeitsplatz (?:ist )?in"
    # "Remote positions open to the US only", "open to remote candidates in France and Europe"
    rf"|open to (?:the|{_OPEN_TO_WHOM}(?: the)?))"
    # "located in either Berlin, Toronto or San Francisco"
    r"\s(?:either |the heart of |the cent(?:er|re) of |beautiful |central |downtown "
    r"|pleno centro de |el centro de "
    r"|le centre de |la ville de |la ciudad de "
    r"|the (?:[a-zà-ÿ]{2,15} ){0,2}(?:city|town) (?:of )?)?"  # "the lively German city Jena"
)
# "remote within the EU", "Remote (US only)", "100% remote, US", "remoto desde cualquier país de X".
_REMOTE_REGION = re.compile(
    r"\b(?:remote|remoto|télétravail)\s?(?:[(,:–-]\s?)?(?:only\s)?(?:(?:within|in|from|across|desde|en"
    r"|depuis|innerhalb(?: von| der| des)?|aus)\s)?"
    r"(?:anywhere in |cualquier (?:país|lugar|parte) de |any country in )?"
)
# Every match of the two patterns above, and of the client, seat and residence cues below, holds one of
# these (`_finditer` searches only near them).
_WHERE_WORDS: Final = (
    "based", "located", "our", "office", "relocat", "site", "work", "position", "role", "job", "team",
    "developer", "engineer", "live", "living", "resid", "home", "standort", "vor ort", "büro", "bei ",
    "vor-ort", "wohnst", "basé", "situé", "bureau", "présence", "travailler", "locaux", "sede", "oficina",
    "lieu de",
    "trabajar",
    "ubicad", "viven", "empleo", "remot", "télétravail", "agence", "vivi", "vive", "viva", "office",
    "anywhere",
    "arbeitsplatz", "arbeitsort", "dienstort", "con base", "raum", "residir", "arbeite", "busca", "such",
    "recrut", "hiring", "seeking",
    "looking", "join", "chez", "déplacement", "pourvoir", "présentiel", "importe",
    "cœur", "coeur", "herzen", "locali", "arrondissement", "kunde", "sitz in", "open to", "prefer",
    "ideally", "hire", "basad", "ciudad", "consider", "accept",
)  # fmt: skip
# "Ciudad de México", "Frankfurt am Main": a place's name may join its words with a particle.
_NAME_RUN = guarded(  # "à la Défense": the article in lower case is the name's own
    r"(?:the\s)?((?:la\s)?[A-ZÀ-Ý][\w'.-]{0,30}"
    r"(?:\s(?:(?:de|del|de la|am|an|sur|do|da)\s)?[A-ZÀ-Ý][\w'.-]{1,30}){0,3})"
)
_AND_OR = r"(?:or|and|oder|und|ou|et|o|y|&)"  # how a list joins its last item, in our four languages
# "à Angers ou à Montrouge", "in Berlin or in Munich": the list's preposition may come again
_LIST_NEXT = re.compile(rf"(?:,\s?(?:{_AND_OR}\s)?|\s{_AND_OR}\s)(?:(?:in|à|en|a|au)\s(?=[A-ZÀ-Ý]))?")
MAX_LISTED_PLACES = 50  # every US state: "hiring in the following states ONLY: Arizona, …, Wisconsin" (25)
_ANYWHERE = re.compile(
    r"(?:anywhere|elsewhere|remotely|remote|überall|n'importe où|en cualquier lugar)\s(?:else\s)?"
    r"(?:in|within|across|en|dans|de|au|aux)\s(?:the\s)?",
    re.IGNORECASE,
)
# "Netherlands-based", "Berlin-based engineers": a place the hire works from, unless the word after
# names the company ("a Netherlands-based startup": the headquarters, company information).
_BASED = re.compile(r"-(?:based|remote)\b", re.IGNORECASE)  # "US-based", "hiring US-remote engineers"
_NAME_BEFORE = re.compile(r"((?:[A-ZÀ-Ý][\w'.]{0,30}\s){0,2}[A-ZÀ-Ý][\w'.]{0,30})$")
_COMPANY_AFTER = re.compile(
    r"\s(?:(?:non-?profit|nonprofit|charity)\b|company|companies|startup|start-up|scale-?up|firm|business|agency"
    r"|organi[sz]ation|corporation"
    r"|group|fintech|platform|provider|leader|brand|manufacturer|consultancy|studio|retailer|bank|entity"
    # "a US-based NGO" ("a London-based foundation model engineer" names no employer)
    r"|ngos?|association|institute|university|cooperative"
    r"|(?:tech\s)?hubs?)\b",
    re.IGNORECASE,
)


def _leading(words: list[str], test: Callable[[str], bool]) -> str:
    """The longest leading run of words that passes `test`: "Berlin Mitte office" -> "Berlin Mitte"."""
    for size in range(len(words), 0, -1):
        candidate = " ".join(words[:size]).strip(" ,.")
        if test(candidate):
            return candidate
    return ""


_QUALIFIER = re.compile(r",\s?")


_COMPASS: Final = frozenset({"northern", "southern", "eastern", "western", "central", "upstate", "greater"})


def _next_place(text: str, position: int) -> tuple[str, int]:
    """The place a list names at `position` ("Buenos Aires, Argentina", "Hamburg") and where it ends."""
    name = _NAME_RUN.match(text, position)
    if name is None:
        return "", position
    # After "based in", a name that is also a word ("Münster", "Reading") is the place.
    words = name.group(1).split()
    place = _leading(words, cued_place) or _genitive_country(words[0])
    if place.lower() in _COMPASS and (part_of := _leading(words[1:], cued_place)):
        place = f"{place} {part_of}"  # "Northern Virginia", not the region "Northern" (in Ghana)
    if not place:
        return _town_of_an_area(text, name)
    end = name.start(1) + len(place)
    comma = _QUALIFIER.match(text, end)
    area = _NAME_RUN.match(text, comma.end()) if comma else None
    wider = _leading(area.group(1).split(), is_area) if area else ""
    pair = wider and not is_wide(place)  # "the US, Netherlands, India": a list of countries
    # "San Francisco, Singapore, Dubai": a city-state far from the city before it is the list's next place
    pair = pair and not (is_city(wider) and is_wide(wider) and apart(place, wider))
    if area and pair and (is_wide(wider) or not is_city(wider) or a_state_of(place, wider)):  # "Austin, TX",
        # "Toronto, Ontario", not "München, Nürnberg"
        return f"{place}, {wider}", area.start(1) + len(wider)
    return place, end


def _genitive_country(word: str) -> str:
    """A country or region in the German genitive ("innerhalb Deutschlands", "Europas"): its name."""
    word = word.rstrip(".,;:!?")
    return word[:-1] if word.endswith("s") and len(word) > 4 and is_wide(word[:-1]) else ""


_NOT_A_TOWN: Final = frozenset({"our", "the", "your", "their", "this", "that", "all", "any", "each", "every"})


def _town_of_an_area(text: str, name: re.Match[str]) -> tuple[str, int]:
    """After a cue, a town the gazetteer does not list, with its state or country: "located in
    Charlottesville, Virginia" (the gazetteer holds cities of 50,000+ and some towns)."""
    comma = _QUALIFIER.match(text, name.end(1))
    area = _NAME_RUN.match(text, comma.end()) if comma else None
    wider = _leading(area.group(1).split(), is_area) if area else ""
    if not (area and wider) or name.group(1).split()[0].lower() in _NOT_A_TOWN:
        return "", name.start()
    return f"{name.group(1)}, {wider}", area.start(1) + len(wider)


# Cues that only ever lead to a place: after them a town the gazetteer lacks is still the place.
_STRONG_CUE = re.compile(
    # not "Der Arbeitsort ist Homeoffice": a sentence's place must be known
    r"based (?:in|out of)|located in|basée? à|située? à|con base en|ubicad[oa] en|standort|arbeitsort(?! ist)"
    r"|wohnst"
    r"|teams? in|arbeite[nt]? in"
)
# What ends a town's name after a strong cue: "basé à Chusclan pour une mission", "located in Otterfing."
_NAME_END = re.compile(r"\s?(?:[.,;:!?)]|$|\s[a-zà-ÿ])")


def _unlisted_town(text: str, position: int) -> tuple[str, int]:
    """After a strong cue, a town the gazetteer does not list: a capitalised name of one to three words,
    none an ordinary word of our four languages (wordfreq) nor a skill: "basé à Chusclan pour ..."."""
    name = _NAME_RUN.match(text, position)
    town = name.group(1).rstrip(".") if name else ""
    if name is None or not _NAME_END.match(text, name.start(1) + len(town)):
        return "", position
    if not town_like(town.split()) or canonical_name(town):
        return "", position
    return town, name.start(1) + len(town)


_PLACE_ASIDE = re.compile(r"\s?\([^()\n]{1,30}\)")


def _listed_places(text: str, position: int, strong: bool = False) -> list[str]:
    """The places listed from `position` on: "Stuttgart or Cologne", "Buenos Aires, Argentina"; after a
    `strong` cue, an unlisted town too."""
    found: list[str] = []
    while len(found) < MAX_LISTED_PLACES:
        place, end = _next_place(text, position)
        if not place and strong and not found:
            place, end = _unlisted_town(text, position)
        if not place:
            break
        found.append(place[:1].upper() + place[1:])  # "à la Défense" -> "La Défense"
        aside = _PLACE_ASIDE.match(text, end)  # "à Paris (Bercy) et Lille (Direccte)": the list goes on
        separator = _LIST_NEXT.match(text, aside.end() if aside else end)
        if separator is None:
            break
        wider = _ANYWHERE.match(text, separator.end())  # "Hamburg or anywhere in Europe"
        position = wider.end() if wider else separator.end()
    return found


def _trailing_place(name: str) -> str:
    """The longest run of last words of `name` that is a known place ("Remote Netherlands": the last)."""
    words = name.split()
    return next((" ".join(words[i:]) for i in range(len(words)) if known_place(" ".join(words[i:]))), "")


# "We are unable to consider candidates located in Canada", "we cannot hire people living in CA": where
# the hire may not be (a trial: Canada had been read as a place the remote role was open to)
_REFUSAL = re.compile(
    r"(?:unable to|cannot|can ?not|can['\u2019]t|won['\u2019]t|will not|not able to|not open to|except"
    r"|excluding)\s(?:(?!not\b|outside\b)[\w-]+\s){0,3}$"  # "unable to hire anyone not located in": the place
)
MAX_REFUSAL_LEAD: Final = 60


# "If you are based in the US, we cover you on our policy": a condition on a benefit, not where the
# hire must work.
_CONDITION = re.compile(
    r"(?:^|[^\w'])(?:if|unless|when|wenn|falls|si)\s(?:(?:you|candidates|employees)(?:\sare|'re)?\s)?$",
    re.IGNORECASE,
)


def _a_technology(name: str) -> bool:
    """ "REST-based web services", "Java-based": a technology; "Phoenix-based" is the city."""
    return canonical_name(name) is not None and (name.isupper() or not is_city(name))


def based_places(line: str) -> list[str]:
    """Places written as "<Place>-based" about the hire or the role, not about the company."""
    found: list[str] = []
    for based in _BASED.finditer(line):
        name = _NAME_BEFORE.search(line, max(0, based.start() - 100), based.start())
        place = _trailing_place(name.group(1)) if name else ""
        conditional = name is not None and _CONDITION.search(line, max(0, name.start() - 30), name.start())
        technology = bool(place) and _a_technology(place)
        if place and not (conditional or technology) and not _COMPANY_AFTER.match(line, based.end()):
            found.append(place)
    return found


# "a consulting company based in New York City", "mit zusätzlichen Standorten in Leipzig", "una empresa
# con sede en Chile": the headquarters and other offices, company information (the guide).
# "… with an office in", "has employees across the U.S., with offices in San Francisco, Chicago"
_HAS_OFFICES = r"(?:(?:with|has|have|having) (?:an?|one|two|three|several|\d{1,3})|(?<=, )with)"
_ABOUT_THE_COMPANY = re.compile(
    r"\b(?:company|firm|agency|startup|start-up|headquartered|hq|con"
    r"|other|more|additional|further|weiteren?|zusätzlichen?|autres|otras|otros|empresa(?:\s\w{3,20})?"
    rf"|{_HAS_OFFICES}"  # "a team with an office in"
    r"|folks|colleagues|teammates|employees|members)\s$"  # "folks working from Germany": the team's places
    # "an even distribution of engineers across North America and Europe": where the team is
    r"|\bof (?:engineers|developers|people|employees|staff) (?:across|throughout) (?:the )?$"
)
# An office address's last line: "14482 Potsdam", "re:edu GmbH // Von-Steuben-Str. 21 // 48143 Münster".
_POSTCODE_CITY = re.compile(  # "34296 Montpellier Cedex 5.": a French address's sorting office after it
    r"(?:^|[,|/]\s?)\d{4,5}\s([A-ZÀ-Ý][\w'.-]{1,30}(?:[\s-](?!(?i:cedex)\b)[A-ZÀ-Ý][\w'.-]{1,30}){0,2})"
    r"(?:\s(?i:cedex)(?:\s\d{1,2})?\.?)?\s*$"
)
# "un·e dev front-end à Lyon": in French, "à" before a city names where the work is.
# (not whom the hire reports to: "Vous serez rattaché à Vincent, notre CTO")
_A_CITY = re.compile(
    r"(?<!rattaché )(?<!rattachée )(?<!rattaché\(e\) )(?<!rattaché·e )(?<!\w)à\s"
    r"([A-ZÀ-Ý][\w'-]{1,30}(?:[\s-][A-ZÀ-Ý][\w'-]{1,30}){0,2})"
)


# "an unserem Hamburger Standort", "im Münchner Büro": a city's adjective before the workplace.
_CITY_ADJECTIVE = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]{2,20})er (?:Standort|Büro|Office|Team|Hub)\b")


def adjective_places(text: str) -> list[str]:
    """Cities named by their German adjective before a workplace: "Hamburger Standort" -> Hamburg."""
    return [m.group(1) for m in _CITY_ADJECTIVE.finditer(text) if is_city(m.group(1))][:1]


# "FERCHAU GmbH / Niederlassung Karlsruhe-City / Lorenzstr. 29 / 76135 Karlsruhe": an agency's branch.
_BRANCH = re.compile(r"^\W*niederlassung\b", re.I)


def address_places(lines: list[Line]) -> list[str]:
    """The city of an office address ("48149 Münster"): where the work is when nothing else says; not an
    agency branch's address (a "Niederlassung" line within the 3 lines before it)."""
    found = (
        _POSTCODE_CITY.search(line.text)
        for at, line in enumerate(lines)
        if any(map(str.isdigit, line.text))
        and not any(_BRANCH.match(a.text) for a in lines[max(0, at - 3) : at])
    )
    return [m.group(1) for m in found if m and is_city(m.group(1))]


def french_cities(text: str) -> list[str]:
    """Known cities after "à": "Nous cherchons un·e dev front-end à Lyon"."""
    return [m.group(1) for m in _A_CITY.finditer(text) if is_city(m.group(1))][:1]


def _office_places(lines: list[Line], body: str, remote: RemotePolicy | None) -> list[list[str]]:
    """The last resorts, for a role worked at an office: its address, a recruiter's client's place, or a
    French "à <city>". A remote role's only address is the employer's or the agency's, and its client's
    place is the client's ("Für unseren Kunden in Hamburg …", "Ort: remote"), not where the hire works;
    its French "à <city>" is where the team meets (the labels keep it)."""
    if remote == "remote":  # "100% distanciel … un jour par mois en équipe à Paris": where the team meets
        return [french_cities(body) if "à " in body else []]
    low = lower_same_length(body)
    clients = _cued_places(body, low, _CLIENT_CUE) if "kunde" in low else []
    return [address_places(lines), clients, french_cities(body) if "à " in body else [], _seat_places(body)]


def _seat_places(body: str) -> list[str]:
    """The employer's seat, from the sentences that name one and no recruiter, client, parent company
    or imprint ("Personalvermittlung ... mit Sitz in Köln", "Teil der ... Group mit Hauptsitz in ...")."""
    if "sitz in" not in body.lower():
        return []
    sentences = [s for s in _SEAT_SENTENCE_END.split(body) if "sitz in" in s.lower()]
    kept = "\n".join(s for s in sentences if not _SEAT_OF_ANOTHER.search(s.lower()))
    return _cued_places(kept, lower_same_length(kept), _SEAT_CUE)


def residence_places(text: str) -> list[str]:
    """ "Bewerber:innen mit Wohnsitz in Deutschland", "Residir cercano a CDMX": where the hire must live,
    the last resort."""
    low = lower_same_length(text)
    return _cued_places(text, low, _RESIDENCE_CUE) if "wohnsitz in" in low or "residir" in low else []


# A recruiter's placement: "Für unseren Kunden in Köln suchen wir", "Unser Kunde im Ruhrgebiet sucht", "Die
# räumliche Anwesenheit beim Kunden in Hannover ist … notwendig" (not the markets of "Beziehungen zu
# unseren Kunden in Deutschland").
_CLIENT_CUE = re.compile(
    r"\b(?:für unseren kunden|unser kunde|beim kunden|bei (?:unserem|einem) kunden)"
    r" (?:aus(?: dem raum| der region)?|in|im)\s"
)


# "Softwareunternehmen mit Sitz in Geisenhausen", "für unseren Unternehmenssitz in Salzburg": the employer's
# seat, where an office role works when the text names no other place (the guide: the only place given)
_SEAT_CUE = re.compile(r"\b(?:haupt|unternehmens|firmen|stamm)?sitz in\s")
_SEAT_OF_ANOTHER = re.compile(
    r"kunde|mandant|gruppe|group|holding|tochter|mutter|personal|recruit|vermittl|impressum|amtsgericht"
    r"|handelsregister|\bhrb\b"
)
# a sentence or a line: the module's later _SENTENCE_END does not split lines, and had shadowed this one
_SEAT_SENTENCE_END = re.compile(r"(?<=[.!?])\s|\n")
# "ausschließlich Bewerber:innen mit Wohnsitz in Deutschland": where the hire must live ("Sofern Sie
# keinen Wohnsitz in ..." in a privacy notice is not)
# "Residir cercano a CDMX", "Residir en Monterrey": the Spanish requirement
_RESIDENCE_CUE = re.compile(
    r"\b(?:mit|in)\s(?:[a-zäöüß]{1,12}\s)?wohnsitz in\s|\bresidir\s(?:en|cerca de|cercano a)\s"
)


def _cued_places(line: str, low: str, pattern: re.Pattern[str]) -> list[str]:
    """The places after each of a line's `pattern` cues, but a cue in the company's story or a condition."""
    return [
        place
        for match in _finditer(pattern, low)
        if not _ABOUT_THE_COMPANY.search(low, max(0, match.start() - 32), match.start())
        and not _CONDITION.search(low, max(0, match.start() - 30), match.start())
        and not _REFUSAL.search(low, max(0, match.start() - MAX_REFUSAL_LEAD), match.start())
        for place in _listed_places(line, match.end(), bool(_STRONG_CUE.match(match.group(0))))
        if not match.group(0).endswith("our ") or known_place(place.split(",")[0])  # not "in Our Team, Texas"
        # "are looking for a PHP developer with solid experience in Behat": a hiring sentence's "in" reads
        # no town that is a tool's, a company's or a surname as often ("Behat", "Perry": `a_word_too`)
        if not (_HIRING_CUE.match(match.group(0)) and "," not in place and a_word_too(place))
    ]


_HIRING_CUE = re.compile(_HIRING_VERB)


# A remote role's trips: "Déplacements à Paris à prévoir", "un déplacement par mois sur Paris". The place
# only when the text names no other: "de n'importe où au Canada … des déplacements occasionnels à Ottawa".
_TRIP_CUE = re.compile(
    r"\bdéplacements? (?:à prévoir |(?:\w{1,12} )?par (?:mois|semaine|an) "
    r"|(?:occasionnel|ponctuel|régulier)s? )?(?:à|sur)\s(?:le centre de )?"
    r"|\breisebereitschaft (?:in die |in den |nach |zum |zur )(?:region )?"  # "… Reisebereitschaft nach Köln"
)


# "we are hiring in the following states ONLY: Arizona, Connecticut, …": each item of the list after it
_FOLLOWING_PLACES = re.compile(
    r"\b(?:hiring|based|located|resid(?:e|ing|ents?)|live|living|work(?:ing)?) (?:in|from|within) "
    r"(?:one of )?the following (?:u\.?s\.? )?(?:states|countries|locations|regions|provinces)(?: only)?:?\s"
)
_ITEM_BREAK = re.compile(r",\s?(?:(?:and|or)\s)?|\s(?:and|or)\s")
_STOP = re.compile(r"(?<![A-Z]\.[A-Z])[.;!?](?:\s|$)")  # not "Washington D.C."
_NO_LONGER = re.compile(r"\bno longer\b")


def _following_places(line: str, low: str) -> list[str]:
    """Each place of the list after "hiring in the following states:", to the sentence's end; none in
    an exclusion, a privacy or a pay notice ("not hiring in the following states: …")."""
    lead = _FOLLOWING_PLACES.search(low)
    if lead is None:
        return []
    end = _STOP.search(line, lead.end())
    begin, stop = max(line.rfind(". ", 0, lead.start()), 0), end.start() if end else len(line)
    if _NOT_WHERE.search(line, begin, stop) or _NO_LONGER.search(low, begin, stop):
        return []
    items = [item.strip(" .;") for item in _ITEM_BREAK.split(line[lead.end() : stop])]
    return [item for item in items[:MAX_LISTED_PLACES] if item and (is_area(item) or is_place(item))]


def phrase_places(text: str) -> list[str]:
    """Places after "based in", "offices in", "remote within", in the four languages, with the places
    listed after the first ("in Stuttgart or Cologne"); a remote role's trip's place only when no other."""
    found: list[str] = []
    trips: list[str] = []
    for line in _place_text(text).split("\n"):
        low = lower_same_length(line)
        if not any(map(low.__contains__, _WHERE_WORDS)):
            continue  # no cue can match in this line: most lines, read at C speed
        if "zone" in low or "hours" in low:
            line = without_zones(line)
            low = lower_same_length(line)
        # "Fully Remote Opportunity": a town named like a word is no region of remote work
        found += [p for p in _cued_places(line, low, _REMOTE_REGION) if is_wide(p) or not a_word_too(p)]
        found += _following_places(line, low) if "following" in low else []
        found += _cued_places(line, low, _WHERE_CUE)
        found += _considered_places(line) if "consider" in low or "accept" in low else []
        found += based_places(line) if "-based" in low or "-remote" in low else []
        trips += _cued_places(line, low, _TRIP_CUE) if "déplacement" in low or "reisebereit" in low else []
    return found or trips


# "We consider candidates from Zaporizhzhya.": who is hired, by where they are; not in a sentence that
# turns them away ("We're not currently accepting applications from Canada", "We no longer accept …")
_CONSIDERED_FROM = re.compile(
    r"\b(?:consider|accept)(?:s|ing)? (?:only )?(?:candidates|applicants|applications) (?:from|in|based in)\s"
)
_TURNED_AWAY = re.compile(
    r"\b(?:not|no|never|longer|paused|stopped|unable|cannot|yet|except|excluding)\b|n't\b|n\u2019t\b"
)


def _considered_places(line: str) -> list[str]:
    """The places after "consider/accept candidates from" in a sentence that does not turn them away."""
    found: list[str] = []
    for sentence in _SENTENCE_END.split(line):
        low = lower_same_length(sentence)
        cue = _CONSIDERED_FROM.search(low)
        if cue is not None and _TURNED_AWAY.search(low, 0, cue.start()) is None:
            found += _cued_places(sentence, low, _CONSIDERED_FROM)
    return found


def _finditer(pattern: re.Pattern[str], low: str) -> Iterator[re.Match[str]]:
    """The matches of a where-cue pattern in a line, searched only near its cue words (`near`); a match
    sees the whole line around it (a word boundary at a stretch's start reads the character before)."""
    for start, end in near(low, _WHERE_WORDS):
        yield from pattern.finditer(low, start, end)


# "New York, NY OR US-Remote": either place (in capitals: "based in X or Y" is read as a phrase); not
# inside brackets, one place's parts (a bounded line)
_HEADER_SPLIT = re.compile(
    # a dash inside brackets is no field break: "Austin, TX (Remote - US)" is one field, remote in the US
    r"\sOR\s(?![^()]*\))|\s[|·•]\s|\s[–—-]\s(?![^()]*\))|\s{2,}|\s?\|\s?|;\s|`"
    r"|[\U0001F000-\U0001FAFF\u2600-\u27BF]"
)


_JOINED = re.compile(rf"^(?:{_AND_OR}|/)\s")


_FIELD_LABEL = re.compile(r"^([^\W\d_][\w .'-]{0,30}):\s")
# "Headquarters: New York" under a board's title: where the company sits, not where the hire works.
_COMPANY_FIELD = re.compile(
    r"^(?:headquarters|hq|head office|company (?:location|address)|hauptsitz|firmensitz|siège(?: social)?"
    r"|sede(?: central| social)?)$",
    re.IGNORECASE,
)


# the hyphen, slash or "or" a removed work mode leaves: "Poland- , Poland", "India / " (of "India /
# Remote"), "Chennai or" (of "Chennai or Remote"); not the slash before a place ("Austin, TX / , US" of
# "Austin, TX / Remote, US" stays two places)
_DANGLING = re.compile(r"-(?=\s*(?:,|$))|\s?/(?=\s*$)|\s(?:or|oder|ou|o|and|und|et|y|&)(?=\s*$)")


def _once(field: str) -> str:
    """A field without a part repeated right after itself: "Poland, Poland" -> "Poland"."""
    parts = [part.strip() for part in field.split(",")]
    if all(not part or part != parts[index - 1] for index, part in enumerate(parts) if index):
        return field
    return ", ".join(part for index, part in enumerate(parts) if index == 0 or part != parts[index - 1])


_CITY_PART = re.compile(r"\s(?:city cent(?:re|er)|downtown|innenstadt|centre-ville)$", re.IGNORECASE)


_WORLDWIDE = re.compile(r"(?:anywhere|worldwide|everywhere)\b", re.IGNORECASE)


def header_parts(text: str) -> list[str]:
    """The fields of a header line: "💰 65k USD 🌎 Warsaw, Poland" -> ["65k USD", "Warsaw, Poland"]."""
    parts = []
    for field in _HEADER_SPLIT.split(_place_text(mode_codes_spelled(_bounded(text)))):
        label = _FIELD_LABEL.match(field)  # "Büro: Berlin, Kreuzberg"; "Dallas, TX: Engineer" stays
        if label and _COMPANY_FIELD.match(label.group(1).strip()):
            continue
        part = field[label.end() :] if label and not is_location_text(label.group(1)) else field
        # "Onsite (Stockholm) or Remote", "Anywhere (EMEA)": a work mode's parentheses name its place
        # ("(AJAX)" alone does not).
        mode = WORK_MODE.search(part) or _WORLDWIDE.match(part.strip())
        asides = [m.group(1) for m in PARENS.finditer(part)] if mode else []
        for place in (PARENS.sub("", trim(part)).strip(" ,.*"), *asides):
            bare = _DANGLING.sub(" ", TIME_ZONE.sub(" ", WORK_MODE.sub(" ", place)))  # "Poland-Remote"
            field = _once(" ".join(bare.split()).strip(" ,.-\u2013\u2014"))  # "(Remote - US)": "US"
            parts.append(_CITY_PART.sub("", _JOINED.sub("", field)))  # "Remote or NYC" -> "NYC"
    return [part for part in parts if part]


def _names_where(text: str) -> bool:
    """Whether a header line has a field that is a place or a work mode: "💰 65k USD 🌎 Remote"."""
    parts = _HEADER_SPLIT.split(_place_text(_bounded(text)))
    return any(is_location_text(part) for part in parts if part.strip())


def _board_company(lines: list[Line], index: int) -> bool:
    """A board's company heading between its title and its field line: "### Gainwell Technologies" over
    "#### 🌎 United States" (its name may read as a section's: "Technologies")."""
    after = lines[index + 1] if index == 1 and len(lines) > index + 1 else None
    # "#### 🌎 Remote: Germany" reads as a "Remote:" field, no longer a heading
    if (
        after is not None
        and after.label == "location"
        and lines[index].heading
        and after.text.startswith("Remote:")
    ):
        return _names_where(after.value)
    return after is not None and after.heading and _names_where(after.text)


def board_company(lines: list[Line]) -> list[str]:
    """The company a board's heading names ("### dbt Labs" over "#### 🌎 Philippines - Remote"), or []."""
    return [lines[1].text] if _board_company(lines, 1) else []


MAX_HEADER_WORDS: Final = 20


def header_lines(lines: list[Line]) -> list[Line]:
    """The short lines under the title, before the first real section: "📍 Berlin · Hybrid"."""
    found: list[Line] = []
    for index, line in enumerate(lines[1:8], 1):
        section = line.heading and heading_kind(line.text) is not None and not _names_where(line.text)
        if section and not _board_company(lines, index):
            break  # the first real section ends the header ("🌎 Remote, Madrid" is still header)
        board_list = _TIGHT_COMMA.search(line.text) and _names_where(line.text)
        if len(line.text.split()) <= MAX_HEADER_WORDS or board_list:
            found.append(line)  # a board's long list of countries is still its header
    return found


def header_places(lines: list[Line], headings_only: bool = False) -> list[str]:
    """Places on the header lines: "📍 Berlin · Hybrid", "#### `🌎 Warsaw, Poland`" (a board's field
    lines are the headings right under its title: `headings_only` reads only those)."""
    found: list[str] = []
    company = lines[1] if _board_company(lines, 1) else None  # "### Lime" over "#### 🌎 Canada"
    for line in header_lines(lines):
        if headings_only and not line.heading:
            break
        if line.label or line is company or _a_stack(line.text):
            continue
        found += cities_first(
            [
                name
                for part in header_parts(line.text)
                for place in group_places(part.split(", "))
                for name in ([place] if is_place(place) else _named_in(place))
            ]
        )
    return found


MIN_STACK_NAMES: Final = 2


def _a_stack(text: str) -> bool:
    """ "Our stack: Scala, Scalaz, Shapeless, Akka, Play": a list of technologies (Akka is also a town)."""
    # a header's fields, then a field's list: "Berlin | Full-time | Python, Go"
    names = [name.strip() for field in _HEADER_SPLIT.split(text) for name in field.split(",")]
    skills = sum(canonical_name(name) is not None for name in names)
    places = sum(canonical_name(name) is None and is_place(name) for name in names)  # "Jersey" of a list
    return skills >= MIN_STACK_NAMES and places == 0  # "London, UK · Python, Django" keeps London


# "anywhere in LATAM", "or within Canada or United States": a header chunk's places after its filler (a
# bare "in UK" after "London - remote first" is the remote work's country, not a place of its own)
_CHUNK_FILLER = re.compile(
    r"^(?:(?:or|oder|ou)\s(?:within|in)|anywhere\s(?:in|within|across))\s(?:the\s)?", re.IGNORECASE
)
_CHUNK_OR = re.compile(r"\s(?:or|oder|ou|o|/)\s", re.IGNORECASE)


def _named_in(chunk: str) -> list[str]:
    """The places a header chunk that is not one place lists, after its filler if it has one: "anywhere
    in LATAM", "US / Canada" (of "US Remote / Canada"); or [] when one of them is no place."""
    filler = _CHUNK_FILLER.match(chunk)
    names = _CHUNK_OR.split(chunk[filler.end() if filler else 0 :])
    if not all(is_place(name) for name in names):
        return []
    return _one_place(names) if len(names) == 2 else names


def _one_place(pair: list[str]) -> list[str]:
    """A city and the area it is in, either way round, as one place: "Munich / Germany" and "Germany /
    Munich" -> ["Munich, Germany"]; two places apart stay: ["US", "Canada"]."""
    for names in (pair, pair[::-1]):
        joined = cities_first(names)
        if len(joined) == 1:
            return joined
    return pair


# A one-word location label without its colon, in a list of conditions: "- Ciudad Bogotá", "Standort
# Berlin" ("Based in the United States" is a sentence).
_BARE_LOCATION_LABEL = re.compile(rf"^{alternatives('location_label')}\s(?=\w)")
MAX_BARE: Final = 5  # words
MAX_FIELD_WORDS: Final = 12  # a location value this long that opens as a sentence is one
MIN_SENTENCE_WORDS: Final = 5  # … or this long, ending in a full stop


def _bare_label(text: str) -> re.Match[str] | None:
    found = _BARE_LOCATION_LABEL.match(text.lower())
    return found if found and " " not in found.group(0).strip() else None


# A sentence's first word, not a place's: "Location: We're based out of DC but …".
_SENTENCE_OPENERS: Final = frozenset(
    {"we", "we're", "we’re", "our", "you", "you'll", "you’ll", "this", "the", "it", "i", "all", "nous"}
    | {"notre", "vous", "le", "ce", "wir", "unser", "unsere", "sie", "du", "der", "die", "das", "el", "este"}
    | {"esta", "nuestro", "nuestra", "somos", "se"}
    | {"candidates", "applicants"}  # "Candidates based in Vancouver … are preferred, but …"
)  # fmt: skip


def _a_sentence(value: str) -> bool:
    """A value that opens as a sentence does and is long or ends in a full stop: "We're based out of DC
    but …", "We are a remote-first company with teams located around the Globe."; not "Beauchastel -
    Ardèche (07), à 20 km au sud de Valence. …" or "US Remote - PAR is headquartered in New York. …"."""
    words = value.split()
    full_stop = len(words) > MIN_SENTENCE_WORDS and value.rstrip().endswith(".")
    verb = len(words) > MIN_SENTENCE_WORDS and words[1][:1].islower()  # "We are a London company; …"
    opener = words[0].strip(",.:;").lower() in _SENTENCE_OPENERS
    return opener and (len(words) > MAX_FIELD_WORDS or full_stop or verb)


_QUOTED_ITEM = re.compile(r"'([^'\n]{1,80})'|\"([^\"\n]{1,80})\"")


def _unlisted(value: str) -> str:
    """A data file's list as a field's value: "['Remote', 'North America']" -> "Remote / North America"
    (each item may hold a comma of its own: "['Austin, TX', 'Remote']")."""
    if not (value.startswith("[") and value.endswith("]")):
        return value
    items = [single or double for single, double in _QUOTED_ITEM.findall(value)]
    return " / ".join(items) if items else value


def _value_places(value: str) -> list[str]:
    """The places a location field's value names: "Berlin, Germany or Remote (EU)"; a phrase names its
    place after a cue ("Remote, ca. 10% vor Ort in Nürnberg"), and a sentence only so ("We're based out of
    DC but …", "This role will be Remote in the USA but is not eligible … in CA, NY"). When the whole
    names none, fields glued on with " | " are read one by one for the places a gazetteer knows: "Noida |
    Full time | Minimum 2 years experience"."""
    found = _field_places(value)
    if found or " | " not in value:
        return found
    return [place for field in value.split(" | ") for place in places_in(field) if known_place(place)]


def _prose_after(value: str, lead: str) -> bool:
    """Whether a sentence, not a list of places, follows the place a value opens with: "München Du liebst
    Hotels", not "Washington, DC, San Francisco, CA", "Boston NYC" or "Berlin und München (hybrid, …)"."""
    rest = value[len(lead) :]
    following = rest.split(maxsplit=1)[0] if rest.strip() else ""
    # a new sentence opens with a capital: "Du liebst", "We are"; "und München", "or Manchester" go on
    opens = following[:1].isupper()
    return rest.startswith(" ") and opens and not known_place(following.strip(",.;:/()"))


def _field_places(value: str) -> list[str]:
    value = _unlisted(value.strip())
    long = len(value.split()) > MAX_FIELD_WORDS
    # "Standort: München Du liebst Hotels, …": a page that lost its line break after the value
    lead = _leading(value.split()[:MAX_BARE], _a_known_name) if long else ""
    if lead and _prose_after(value, lead):
        return [lead]
    if _a_sentence(value):
        return phrase_places(value)
    found = places_in(value)
    if long:  # "Arbeiten bei Acme bedeutet …": a sentence's first noun
        found = [place for place in found if is_place(place) or not is_common_word(place)]
    return [_the_known_part(place) for place in found] or phrase_places(value)


def _the_known_part(place: str) -> str:
    """A field's place as the one city in it that the gazetteer knows, when the rest is a venue's, an
    office's or a lab's name: "CityLAB Berlin" -> "Berlin", "Acme HQ Boston" -> "Boston", "LIG, Grenoble"
    -> "Grenoble". The whole stays when it is known ("Berlin, Germany"), when the rest may be part of a
    place's name ("San Francisco Bay Area", "Linz am Rhein", "District 3, HCMC", "Maui, Hawaii") and when
    no city or several are found."""
    if is_place(place) or _PART_OF_A_PLACE.search(place):
        return place
    parts = [part.strip() for part in place.split(",")]
    known = _city_beside_acronyms(parts) if len(parts) > 1 else _trailing_city(place.split())
    return known[0] if len(known) == 1 else place


def _city_beside_acronyms(parts: list[str]) -> list[str]:
    """The cities among a place's comma parts when every other part is an acronym: "LIG, Grenoble" (a
    lab's); none for "NCR, India" (a region's)."""
    if not all(is_place(part) or _ACRONYM.fullmatch(part) for part in parts):
        return []
    return [part for part in parts if is_city(part)]


def _trailing_city(words: list[str]) -> list[str]:
    """The city a venue's or an office's name ends with: "CityLAB Berlin", "Acme HQ Boston" -> Berlin,
    Boston. Not a country after a town the gazetteer lacks ("Ismaning Deutschland"), a city that begins
    a company's or a university's name ("Boston Dynamics HQ", "Washington University"), the end of a
    town's own name ("New Bern", "Mülheim Kärlich"), a code nor a word that is also a town ("Tour")."""
    for size in range(min(MAX_NAME_WORDS, len(words) - 1), 0, -1):
        span, before = " ".join(words[-size:]), words[-size - 1]
        if is_city(span) and not is_code(span) and not a_word_too(span):
            named = before.lower() in _NAME_STARTS or is_city(words[0])  # "Berlin Mitte": a city's district
            return [] if named else [span]
    return []


# A town's name goes on after these: "New Bern", "Bad Homburg", "Saint Denis", "Fort Worth"
_NAME_STARTS: Final = frozenset(
    {"new", "old", "bad", "saint", "st", "st.", "san", "santa", "port", "fort", "mount", "great", "little"}
    | {"upper", "lower", "north", "south", "east", "west", "le", "la", "el", "los", "las", "den", "sankt"}
)


# A word of a place's own name: "Bay Area", "am Rhein", "District 3", "Greater London", "Nord Switzerland"
_PART_OF_A_PLACE = re.compile(
    r"\b(?:area|region|district|county|metro|province|provincia|state|city|greater|downtown|central"
    r"|campus|north|south|east|west|northern|southern|eastern|western|nord|süd|sud|ost|norte)\b|\d"
    r"|(?-i:\s[a-zäöüéèà])",  # a lower-case word: "am Main", "sous Bois", "de la Défense"
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"[A-Z]{2,6}")
MAX_NAME_WORDS: Final = 3  # a known place's words inside a field's name: "Frankfurt am Main"


_ANOTHER_FIELD = re.compile(r"^[\w -]{1,30}:(?:\s|$)")


def _a_value(line: Line) -> bool:
    """The line under an empty "Einsatzort:" is its value, unless it is a heading or a field of its own
    ("Einsatzland: Sonstiges")."""
    return not line.heading and not _ANOTHER_FIELD.match(line.text)


_ITEM_QUOTES: Final = " \"',"  # a data file's item: '"Köln",'


def _a_place_only(text: str) -> bool:
    """Whether the line is one known place and nothing else: "Hamburg", '"Köln",'."""
    name = text.strip(_ITEM_QUOTES)
    return len(name.split()) <= MAX_BARE and places_in(name) == [name] and known_place(name)


def _values_under(lines: list[Line], index: int) -> list[str]:
    """The value lines under a "Location" heading: the next line, and the lines after it while each
    names a known place only (a data file's list: "location:\n  - Köln\n  - Hamburg"); under an address
    ("Zeiloch 13\n76646 Bruchsal\nBaden-Württemberg"), only its postcode line."""
    values: list[str] = []
    below = lines[index + 1 : index + 1 + MAX_LISTED_PLACES]
    address = bool(below) and bool(_STREET_AND_NUMBER.match(below[0].text)) and not places_in(below[0].text)
    for line in below[1:] if address else below:
        office = _office_line(line.text)
        if office:  # "Dhaka Office: Dhaka, Banasree. Block#M, …": each office line its town
            values.append(office)
            continue
        if not _a_value(line) or (values and not _a_place_only(line.text)):
            break
        values.append(line.text.strip(_ITEM_QUOTES))
        if address and _POSTCODE_CITY.match(values[0]):
            break  # the address's next lines are its region and country, not more places
    return values


# An office's line under a "Location" heading: "Dhaka Office: …", "Bureau de Lyon : …".
_OFFICE_LINE = re.compile(
    r"^(?:([\w .'-]{2,30}?) (?:office|büro|standort|campus)|(?:bureau|oficina|büro) (?:de |d'|in )?"
    r"([\w .'-]{2,30}?))\s?:",
    re.IGNORECASE,
)


def _office_line(text: str) -> str:
    """The town an office's line names: the office's own name when it is a town's and no word ("Dhaka
    Office: …" -> "Dhaka"), else its value when that is one known place ("EMEA office: Dublin" ->
    "Dublin"; not "Downtown office: 100 King St W"); or ""."""
    found = _OFFICE_LINE.match(text)
    if found is None:
        return ""
    name = (found.group(1) or found.group(2)).strip()
    if is_city(name) and not a_word_too(name):
        return name
    value = text[found.end() :].strip()
    return value if _a_place_only(value) else ""


# An address's first line: a street and its number ("Zeiloch 13", "Hauptstr. 5a").
_STREET_AND_NUMBER = re.compile(r"^[^\W\d][\w.\- ]{1,40}\s\d{1,4}[a-z]?$")


def labelled_places(lines: list[Line]) -> tuple[list[str], list[str]]:
    """(texts of "Location:" lines and of the lines under a "Location" heading, the places in them)."""
    texts: list[str] = []
    places: list[str] = []
    countries: list[str] = []  # the places of "country:" fields, for `_city_in_country`
    for index, line in enumerate(lines):
        if line.label == "location":
            texts.append(line.text)
            found = _value_places(line.value)
            if _MODE_FIELD.match(line.text):  # "Remote: Ja, deutschlandweit": the answer is no place
                found = [place for place in map(_without_answer, found) if place]
            places += found
            countries += found if _COUNTRY_FIELD.match(line.text) else []
        elif line.label == "location-heading":
            values = _values_under(lines, index)
            texts += values
            # each line after the first is one known place only (_a_place_only has read it)
            places += _value_places(values[0]) + values[1:] if values else []
        elif (bare := _bare_label(line.text)) and len(line.text.split()) <= MAX_BARE:
            places += [p for p in places_in(line.text[bare.end() :]) if known_place(p)]  # "- Ciudad Bogotá"
    kept = [
        p
        for p in places
        if not WORK_MODE.fullmatch(p) and not TIME_ZONE.fullmatch(p) and p.lower() not in _NOT_PLACES
    ]
    return texts, _city_in_country(kept, countries)


# A location field inside a line: "IT Operator - Banking Standort:Frankfurt am Main und Remote",
# "title: 'TGA-Bauleitung | Projektstart: Oktober 2025 | Standort: Rostock'". The field's name starts a
# word ("Job-Location:" and "Arbeits-Standort:" too), or is glued on a lower-case word or a digit where a
# page lost its line breaks ("if possibleLocation: 75% Remote, 25% Berlin", "2025Standort:"); not the
# end of another word ("Relocation:", "Co-location:", "Geolocation:", "Firmenstandort:",
# "interview_location:"). Its value ends at the next field or the line's end (at most 80 characters).
_INLINE_LOCATION_FIELD = re.compile(
    r"(?:(?<![\w-])|(?<=job-)|(?<=work-)|(?<=arbeits-)|(?-i:(?<=[a-zà-ÿ0-9])(?=[A-Z])))"
    r"(?:location|standort|einsatzort|arbeitsort|leistungsort|localisation|lieu de travail|ubicaci[oó]n"
    r"|lugar de trabajo)\s?:\s?([^|:\n]{1,80})",
    re.IGNORECASE,
)
# A field about another thing's place: "Data location: EU only", "Server location: Nuremberg".
_ANOTHER_THINGS_PLACE = re.compile(
    r"\b(?:data|server|hosting|storage|event|meeting|interview|conference|training|venue|shipping"
    r"|pickup|warehouse|billing|company|head ?office)\s$",
    re.IGNORECASE,
)
_FIRST_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")  # "In office. You will work on Aurora, our app."
# A place named for its clock before it: "overlap with New York business hours", "horario de Ciudad de México"
_CLOCK_BEFORE = re.compile(
    r"(?:horario|hours|time zone|timezone|zeitzone|fuseau horaire|heure)\s(?:de\s|of\s|en\s)?$",
    re.IGNORECASE,
)
# ... or for its clock or its company after it: "Sydney hours (AEST)", "We are a London company"
_CLOCK_OR_COMPANY_AFTER = re.compile(
    r"\s?(?:(?:business|working|office)\s)?(?:hours|time|timezone|time zone|zeit)\b"
    r"|\s?\((?-i:UTC|GMT|MES?Z|[A-Z]{1,3}[SD]?T)\b"
    r"|-?\s?(?:based\s)?(?:company|startup|start-up|firm|agency)\b",
    re.IGNORECASE,
)
# The headquarters before a place: the job's place only when the field names no other.
_HEADQUARTERS_BEFORE = guarded(
    r"(?:headquartered|headquarters|hq|hauptsitz)(?: located| based| (?:is|are|ist))?(?: in)?\s$"
)


def field_prose_places(lines: list[Line]) -> list[str]:
    """The known places named in the first sentence of location fields whose values read as prose, the
    last resort of `where` for a posting not fully remote: "Einsatzort: 20% vor-Ort in Greven (Münsterland)
    und 80% remote" -> Greven; "Ort: Remote / nach Absprache Onsite im Raum GR Eschborn" -> Eschborn;
    "Arbeitsort: CityLAB Berlin (Tempelhof-Schöneberg)" -> Berlin. A town too small to count alone in
    prose counts here, as after any cue, and so does a client's site; not a place named for its time
    zone or as its company's, nor the headquarters beside another place."""
    values = [line.value for line in lines if line.label == "location"]
    values += [
        found.group(1)
        for line in lines
        if line.label != "location"
        for found in _INLINE_LOCATION_FIELD.finditer(line.text)
        if not _ANOTHER_THINGS_PLACE.search(line.text, max(0, found.start() - 20), found.start())
    ]
    return [place for value in values for place in _named_places(_FIRST_SENTENCE_END.split(value, 1)[0])]


def _named_places(value: str) -> list[str]:
    """Each longest run of capitalised words in `value` that is a known place, wherever it starts:
    "Oficinas Grupo Tragsa Santa Cruz de Tenerife" -> Tenerife; the headquarters only when alone."""
    found: list[tuple[str, bool]] = []
    low = value.lower()
    for name in _NAME_RUN.finditer(value):
        words, start = name.group(1).split(), name.start(1)
        while words:
            place = _leading(words, _a_field_place)
            at = value.find(place, start) if place else -1
            if place and not _a_clock_or_company(value, low, at, at + len(place)):
                found.append((place, bool(_HEADQUARTERS_BEFORE.search(low, max(0, at - 32), at))))
            words = words[len(place.split()) if place else 1 :]
    others = [place for place, headquarters in found if not headquarters]
    return others or [place for place, _ in found]


def _a_clock_or_company(value: str, low: str, start: int, end: int) -> bool:
    """Whether the place at value[start:end] is named for its time zone or as its company's."""
    return bool(
        _CLOCK_BEFORE.search(low, max(0, start - 32), start) or _CLOCK_OR_COMPANY_AFTER.match(value, end)
    )


def _a_field_place(name: str) -> bool:
    return _a_place_name(name) and not WORK_MODE.fullmatch(name)


def _a_place_name(name: str) -> bool:
    """A known place's name that is not a code ("IT") nor another name of a skill ("Kotlin")."""
    return known_place(name) and not is_code(name) and not another_name_of_a_skill(name)


def _without_answer(place: str) -> str:
    """A "Remote:" field's place without the answer before it: "Ja, Deutschland" -> "Deutschland", "No,
    Austin, TX" -> "Austin, TX"; "" for an answer alone ("Vereinzelt nach Absprache", "Possible")."""
    parts = place.split(", ")
    while parts and _an_answer(parts[0]):
        parts.pop(0)
    return ", ".join(parts)


# A work-mode field's answer words in our four languages: "Remote: Ja", "Remote: Possible"
_ANSWERS: Final = frozenset(
    {"yes", "no", "ja", "nein", "oui", "non", "sí", "si", "true", "false", "possible", "möglich"}
    | {"partially", "partial", "teilweise", "partiel", "partiellement", "parcial", "optional", "flexible"}
    | {"flexibel", "occasionally", "vereinzelt", "gelegentlich", "sometimes", "manchmal", "negotiable"}
)  # fmt: skip


def _an_answer(part: str) -> bool:
    """An answer word or phrase, not a place's name: "Yes", "Nein", "Vereinzelt nach Absprache"; not
    "Ulm", "Zug", "Greenwood Village" (each word a capital) or "Garching bei München"."""
    words = part.split()
    if not words or cued_place(part):  # a known place, or a short town a field names
        return False
    if len(words) == 1:
        return words[0].lower() in _ANSWERS
    return is_common_word(words[0]) and any(word[:1].islower() for word in words)


# A work-mode field, whose value may open with an answer: "Remote: Ja, deutschlandweit", "Remote: US"
_MODE_FIELD = re.compile(r"^\W{0,3}remote\s?:", re.IGNORECASE)
_COUNTRY_FIELD = re.compile(r"^(?:country|país|pais|pays|land)\s?:", re.IGNORECASE)


def _city_in_country(places: list[str], countries: list[str]) -> list[str]:
    """A record's separate fields "city: Santiago" and "country: Chile" name one place: "Santiago, Chile"."""
    if len(places) != 2 or len(countries) != 1 or any("," in place for place in places):
        return places
    city = next((place for place in places if place != countries[0]), "")
    return [f"{city}, {countries[0]}"] if is_city(city) and in_country(city, countries[0]) else places


# "remote: False" says nothing by itself (see `_REMOTE_NO`)
# (a data file's record may close the value with a comma: "remote: false,")
_NO_VALUE = re.compile(r":\s?(false|no|nein|non|none|n/a)\s?,?$", re.IGNORECASE)
# "Remote: No", "Remote Job: Nein", "Telecommute: No": onsite when nothing else states a policy (the guide);
# job boards set it on hybrid roles too, and the body then says so.
_REMOTE_NO = re.compile(
    r"^[\W_]*(?:remote(?:[\s-](?:job|work))?|telecommute|homeoffice|télétravail|teletrabajo)[\"']?\s?[:=]\s?"
    r"[\"']?(?:false|no|nein|non)\b",
    re.IGNORECASE | re.MULTILINE,
)


# A perk of some work from home, read only beside a "Remote: No" field; not "- [ ] Home Office" (unticked).
_HOME_PERK = re.compile(
    r"(?<!\[ \] )(?<!\w)(?:homeoffice\w*|home[\s-]office|mobile[nmrs]?\sarbeit\w*"
    r"|flexible[nr]?\sarbeitsort\w*|télétravail|teletrabajo|work(?:ing)?\sfrom\shome)\b",
    re.IGNORECASE,
)


_ENTIRELY_REMOTE = _at_word(
    r"(?<!pas de )(?<!not )(?<!no )(?<!kein )"  # "Pas de full remote": not entirely
    r"(100\s?%|full|fully|completely|entirely|totally|komplett|vollständig)[\s-](remote|remoto|remotely"
    r"|à distance)\b"
    r"|(remote|remoto|a distancia|à distance|télétravail)\s(al\s|à\s)?100\s?%"
)


# A header field that opens with "Remote": "Acme | Engineer | Remote US | Full Time", "· Remote EU".
# "… 🌎 Remote Canada": a board's location field after its salary field; "IsRemote: true," a board's record
_REMOTE_FIELD = re.compile(
    r"(?:^|[|·•(/,:\U0001F30E]|\s-{1,2})\s?(?:100\s?%\s|fully\s|wfh\s)?remote\b(?![\s-](?:options?|anteil)\b)"
    # "Senior Engineer - Remote Sensing": a field of engineering, not the work mode
    rf"(?![\s-]{_TECHNICAL_REMOTE})"
    # "Hiring \u2013 REMOTE LATAM - We build": after an en or em dash, the field's whole value (a region at
    # most), not "Engineer \u2013 Remote Execution"
    r"|\s[\u2013\u2014]\s?(?:fully\s)?remote(?:\s(?:latam|emea|apac|eu|us|usa|uk|europe|worldwide|global))?"
    r"(?=\s?$|\s?[^\w\s])"
    r"|^\s?is_?remote[\"']?\s?[:=]\s?[\"']?true\b"
    # "location: Télétravail": the place is home (alone, "télétravail" elsewhere is a perk)
    r"|^\s?(?:location|localisation|lieux?(?: de travail)?|emplacement)\s?:\s?[\"']?télétravail[\"'.]?$",
    re.MULTILINE,
)


def _entirely_remote(text: str) -> bool:
    """Whether the text says the role can be done entirely remote, now ("Trabajo a distancia al 100%"), not
    as a later chance ("potential for full remote work after 12 months": `_SAYS_NOTHING`)."""
    return _ENTIRELY_REMOTE.search(_SAYS_NOTHING.sub(" ", _mode_lines(text.lower()))) is not None


_OFFICE_DAYS = re.compile(  # "in our Denver office 3 days a week" (a spelled-out "three days" is read
    # too often in a condition: "Candidates residing within 50 miles … three days a week")
    r"\b[1-4](?:\s?[-\u2013]\s?[2-4])?\s(?:days?|times)\s(?:a|per|each)\s(?:week|month)\b",
    re.IGNORECASE,
)
_OR_REMOTE = re.compile(r"\bor\s(?:fully\s)?remote\b")
# One of a header's options ("; "-separated) is remote: "San Francisco, CA - Hybrid; United States - Remote"
_REMOTE_OPTION = re.compile(
    r";\s[^;\n]{1,60}?\s[-\u2013]\sremote\s?(?:;|$)|\s[-\u2013]\sremote;", re.MULTILINE
)
_REMOTE_TAG = re.compile(r"(?:^|#)LI-Remote\b", re.IGNORECASE)  # LinkedIn's tag; a line's "#" is trimmed


def _remote_from(header: str, body: str, boilerplate: str, tagged: bool = False) -> RemotePolicy | None:
    """The policy of the first source that states one; a bare "Remote" tag in the header yields to a
    body that says hybrid (job boards tag every posting that allows some remote work so)."""
    stated = remote_policy(header) or ("remote" if _REMOTE_FIELD.search(header.lower()) else None)
    low = header.lower()
    weak = stated == "remote" and not _STRONG_REMOTE.search(low) and not _EITHER.search(low)
    weak = weak and not _OR_REMOTE.search(low)  # "🌎 Chennai or Remote": remote is offered outright
    weak = weak and not tagged  # a board's tag of the posting's own mode ("#LI-Remote") keeps it
    said = remote_policy(body), remote_policy(boilerplate, onsite_cues=False)
    if weak and "hybrid" in said:
        return "hybrid"
    if stated == "hybrid":
        return _hybrid_or_remote(low, body, boilerplate)
    if said[0] == "onsite" and said[1] and not stated:  # a header's "On-site" over a perk's "work remotely"
        return said[1]  # "QA-Teams vor Ort führen" beside a perk "(remote or from the Vienna office)"
    if stated or said[0] or said[1]:
        return stated or said[0] or said[1]
    said_nothing = _SAYS_NOTHING.sub(" ", _mode_lines(f"{body}\n{boilerplate}".lower()))
    return "hybrid" if _possibly_at_home(said_nothing) else None  # a possibility, nothing else said


def _hybrid_or_remote(header: str, body: str, boilerplate: str) -> RemotePolicy:
    """A header's "hybrid" (`header` in lower case), unless the role may also be done entirely remote."""
    if _entirely_remote(f"{body}\n{boilerplate}"):
        return "remote"  # "Location: hybrid" over "Trabajo a distancia al 100%": the freer mode
    if _REMOTE_OPTION.search(header):
        return "remote"  # "Denver, CO - Hybrid; United States - Remote": the hire may take the remote one
    return "hybrid"


_MODE_LEAD = re.compile(r"^(?:remote|hybrid|on-?site),\s(?=\S)", re.IGNORECASE)


def _distinct(places: list[str]) -> list[str]:
    """Each place once, as first written: "Must live in the US ... Based in the United States" -> ["US"]."""
    first: dict[str, str] = {}
    for place in (_MODE_LEAD.sub("", place) for place in places):  # "Remote, United States": the country
        first.setdefault(place_identity(place), place)
    # "Estonia (Tallinn or Tartu)" read as "Tallinn, Estonia" and again as "Tallinn": the fuller one
    qualified = {place_identity(place.split(",")[0]) for place in first.values() if "," in place}
    return [
        place
        for key, place in first.items()
        if not {key, place.lower()} & _NOT_PLACES  # "Remote worldwide", "Télétravail TJM": none
        and ("," in place or key not in qualified)
    ]


def _policy(
    lines: list[Line], titles: list[str], labelled: list[str], texts: tuple[str, str]
) -> RemotePolicy | None:
    """The remote policy: from the title, labels and header first, then the body and the boilerplate
    (`texts`); a "Remote: No" field alone is onsite."""
    first = [line.text for line in lines[:1] if line.is_first and line.text not in titles]
    fields = [line.text for line in header_lines(lines)]
    fields += [line.text for line in lines if line.label == "level"]  # "Employment type: full-time, remote"
    fields = [text for text in [*labelled, *first, *fields] if not _NO_VALUE.search(text) or text in first]
    tagged = any(_REMOTE_TAG.search(line.text) for line in lines if "LI-" in line.text)
    tagged = tagged and not _OFFICE_DAYS.search(texts[0])  # "in our Denver office 3 days a week": hybrid
    remote = _remote_from("\n".join([*titles, *fields]), *texts, tagged=tagged)
    if not any(_REMOTE_NO.search(line.text) for line in lines):
        return remote
    # A board's "Remote: No" beside a body's "remote-friendly" (not "fully remote"): some days at home.
    if remote == "remote" and not _STRONG_REMOTE.search("\n".join(texts).lower()):
        return "hybrid"
    if remote is None and _HOME_PERK.search("\n".join(texts)):
        return "hybrid"  # "Remote: No" beside "Flexible Arbeitszeiten und mobiles Arbeiten": some days
    return remote or "onsite"


# "headquartered in Berlin", "für meinen Kunden aus Frankfurt": the company's place, not the hire's
_COMPANYS_PLACE = guarded(
    r"(?:headquartered|headquarters|hq|founded|gegründet|hauptsitz|siège|fondée?|fundada)"
    r"(?: located| based| (?:is|are|ist|est|es|está))?"  # "Unser Hauptsitz ist in Hamburg"
    r"(?: in| en| à)?\s$"
    r"|(?:kunde|client|customer)\w*\s(?:\w+\s)?(?:in|en|à|aus)\s$"  # "Endkunde sitzt in Frankfurt"
    # "a distributed team with an office in New York": the company's
    rf"|{_HAS_OFFICES} (?:\w+ )?offices? in\s$"
)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
MAX_MODE_SENTENCE_WORDS: Final = 30


def _a_known_name(name: str) -> bool:
    return _a_place_name(name) and (is_wide(name) or not a_word_too(name))


def mode_line_places(lines: list[Line]) -> list[str]:
    """Places named on a line that states a work mode, when nothing else names one: "Remote - ggf.
    Wien", "Télétravail possible (l'équipe vadrouille entre Paris et Lyon)", "(Remote or Berlin)"."""
    short = MAX_MODE_SENTENCE_WORDS
    sentences = [
        sentence
        for line in lines
        if line.kind != Kind.BOILERPLATE or line.label == "location"
        for sentence in ([line.text] if len(line.text.split()) <= short else _SENTENCE_END.split(line.text))
        if len(sentence.split()) <= short and remote_policy(sentence) is not None
    ]
    places = [place for sentence in sentences for place in _known_names(sentence)]
    if not places:
        return places
    # "Para los que quieren trabajar …": a word the posting also writes in lower case is its own language's
    # word ("para"), not the town the gazetteer knows by it (Pará, Belém's state)
    said = _LOWER_WORD.findall("\n".join(line.text for line in lines))
    words = {word for word in said if is_common_word(word)}
    return [place for place in places if place.lower() not in words]


_LOWER_WORD = re.compile(r"(?<![\w-])[a-zà-ÿ][\w'-]{1,30}")


def _known_names(sentence: str) -> list[str]:
    """The known places a sentence names, but the company's ("headquartered in …", "Kunden aus …")."""
    found: list[str] = []
    sentence = _as_places(sentence)
    low = sentence.lower()
    skipped = -1  # where the last company's place ended: its list goes on ("across Canada and Europe")
    ended = -1  # where the last place taken ended
    for name in _NAME_RUN.finditer(sentence):
        before = max(0, name.start() - 32)
        if (
            _ABOUT_THE_COMPANY.search(low, before, name.start())
            or _COMPANYS_PLACE.search(low, before, name.start())
            or (skipped >= 0 and _LIST_NEXT.fullmatch(sentence, skipped, name.start()))
        ):
            skipped = name.end()
            continue
        run = name.group(1)  # "la Défense" is a name, "à travers la France" has an article before it
        bare = run.removeprefix("la ")
        place = _leading(run.split(), _a_known_name) or _leading(bare.split(), _a_known_name)
        # "Dublin (Ireland)": the city's own country in brackets adds no place; "Sofia, Bulgaria" is one
        in_brackets = sentence[name.start() - 1 : name.start()] == "(" and found
        if not place:
            continue
        start = name.start(1) + run.find(place)
        if found and sentence[ended:start] == ", " and _its_area(found[-1], place):
            found[-1] = f"{found[-1]}, {place}"
        elif not (in_brackets and in_country(found[-1], place)):
            found.append(place)
        ended = start + len(place)
    return found


def _its_area(city: str, name: str) -> bool:
    """Whether `name` after "`city`, " is where the city lies: "Sofia, Bulgaria", "Austin, Texas",
    "Brooklyn, New York" (`in_state`); not after a state ("Washington, Oregon" are two)."""
    if "," in city:
        return False
    return in_country(city, name) or in_state(city, name) or (a_state_of(city, name) and not is_area(city))


def where(
    lines: list[Line], title_texts: list[str], title_places: list[str]
) -> tuple[RemotePolicy | None, list[str]]:
    """Remote policy and locations, each from the most explicit source that states it."""
    labelled, labelled_found = labelled_places(lines)
    body = "\n".join(
        line.text for line in lines if line.kind != Kind.BOILERPLATE and not line.label and not line.heading
    )
    boilerplate = "\n".join(line.text for line in lines if line.kind == Kind.BOILERPLATE and not line.label)
    remote = _policy(lines, title_texts, labelled, (body, boilerplate))
    everything = "\n".join(line.text for line in lines)
    for places in _place_sources(lines, title_places, labelled_found, (body, boilerplate), remote):
        if places:
            run = _code_run_over(places, everything)
            found = run or _distinct(_with_eligible_countries(places, (body, boilerplate), remote))
            return remote, _states_spelled(found)
    run = _code_run_over([], everything)
    if run:
        return remote, _states_spelled(run)
    found = mode_line_places(lines) or residence_places(body)
    if not found and remote != "remote":  # the last resort, read only when nothing else names a place
        found = field_prose_places(lines)
    return remote, _states_spelled(_distinct(found))


def _states_spelled(places: list[str]) -> list[str]:
    """A run of one country's states' codes by the states' names (`places.spelled_states`): "CA" alone
    would also be Canada, to a reader and to a search."""
    return spelled_states(places) or places


def _place_sources(
    lines: list[Line],
    title_places: list[str],
    labelled: list[str],
    texts: tuple[str, str],
    remote: RemotePolicy | None,
) -> Iterator[list[str]]:
    """The places each source names, the most explicit first (`where` takes the first that names any):
    the labelled fields, a one-line posting's cue, the title and board fields, the header, the body's cues
    (`texts`: body and boilerplate), then the offices."""
    body, boilerplate = texts
    # A board's title place and its "🌎" field name different places: "… - Remote - Latin America" over
    # "🌎 Dominican Republic" is both; "… - Aix-en-Provence" over "🌎 France" is the city in its country.
    board = header_places(lines, headings_only=True) if title_places else []
    board = [p for p in board if not any(a_state_of(city, p) or in_country(city, p) for city in title_places)]
    yield labelled
    # a one-line posting's cued place ("… Coroutines. Onsite Warsaw, Poland.") over its title's commas; a
    # board's header of fields ("Acme | London, UK | remote (within UK) or hybrid") names them itself
    yield phrase_places(lines[0].text) if len(lines) == 1 and "|" not in lines[0].text else []
    yield [*title_places, *board]
    yield header_places(lines)
    yield phrase_places(body)
    yield adjective_places(body) if "er " in body else []
    yield phrase_places(boilerplate)
    # the offices among the benefits, when no other place is given: "Die Möglichkeit im Berliner Büro …"
    yield adjective_places(boilerplate) if "er " in boilerplate else []
    yield from _office_places(lines, body, remote)


# "Remote: WA,CA,NY,IL", "NY-NJ-CT Only", "in one of the following states AZ, CA, CO, … or WI": a run of
# states' codes (three or more) names each state, where a reading by commas joins two ("NY, NJ" as a town).
_CODE_RUN = re.compile(r"(?<![\w-])[A-Z]{2}(?:(?:\s?[,/-]\s?|,?\s(?:or|and)\s)[A-Z]{2}){2,}(?![\w-])")
_CODE = re.compile(r"[A-Z]{2}")
# The run's line says where the hire works ("fully remote in one of the following states"), not what a
# state's pay zone is ("Geo Base Full Salary Range 2 - Includes CO, IL, MA, …")
_WORKS_IN_STATES = re.compile(r"\bstates\b|eligible|\bremote:|\blocations?\s?:", re.IGNORECASE)
_ONLY_AROUND = re.compile(r"\bonly\b", re.IGNORECASE)  # "NY-NJ-CT Only", "(CA, NY, TX only)"
# nor where it cannot ("We are unable to hire in CA, NY, or WA"), nor a privacy notice's or pay's states
_NOT_WHERE = re.compile(
    r"salary|\$|\bpay\b|compensation|\brange\b|\bzones?\b|\bnot\b|n't\b|unable|cannot|except(?!ional)|exclud"
    r"|outside|privacy|rights|residents of|\bship|stipend|customers?\b|team members|offices?\b|\bvisas?\b",
    re.IGNORECASE,
)


def state_code_run(text: str) -> list[str]:
    """The states of the first run of three or more states' codes (`_CODE_RUN`) on a line about where the
    hire works, or []."""
    for run in _CODE_RUN.finditer(text):
        codes = _CODE.findall(run.group(0).replace(" or ", " ").replace(" and ", " "))
        line = text[text.rfind("\n", 0, run.start()) + 1 : text.find("\n", run.end()) % (len(text) + 1)]
        if not a_state_run(codes) or _NOT_WHERE.search(line):
            continue
        near = text[max(0, run.start() - 12) : run.end() + 12]
        if _WORKS_IN_STATES.search(line.replace(run.group(0), " ")) or _ONLY_AROUND.search(near):
            return list(dict.fromkeys(codes))
    return []


def _code_run_over(places: list[str], text: str) -> list[str]:
    """The states of a run of their codes (`state_code_run`) when `places` name only some of them, or none;
    else [] (a town stays: "Location: Seattle, WA"). ("OK" is Oklahoma here, not the "Remote OK" that
    `_distinct` drops.)"""
    run = state_code_run(text) if "," in text or "-" in text else []
    inside = set(run)
    if run and all(set(place.split(", ")) <= inside for place in places):
        return run
    return []


def _a_country(place: str) -> bool:
    return place_identity(place).startswith("country:")


# Where the hire may live or work from, the list of places right after it: "physically based in", "work
# remotely from", "a remote role in", "open to candidates residing in", "hire for this role in".
_ELIGIBLE = re.compile(
    r"\b(?:(?:based|resid(?:e|ing|ent)|located|living|eligible to work)\s(?:in|within|anywhere in)"
    r"|(?:work|working|apply to work)\s(?:remotely\s)?from(?:\s(?:anywhere\s)?in)?"
    r"|telecommut\w*\s(?:from\s)?(?:anywhere\s)?in"
    r"|remote\s(?:role|position|job)\s(?:in|within)|(?:hire|hiring)\s(?:[\w ]{1,20}\s)?in"
    r"|(?:candidates|applicants)\s(?:based\s)?(?:in|from))\s",
    re.IGNORECASE,
)
_NOT_ELIGIBLE = re.compile(r"\b(?:not|excluding|cannot|can't|unable)\b", re.IGNORECASE)


# "we are currently only considering candidates located in …": the list is where the hire may work (not
# "only available to", "can only sponsor relocation for", "only … eligible for our pension")
_ONLY = re.compile(
    r"\b(?:only|exclusively|solely) (?:considering|hiring|accepting|recruiting|open to"
    r"|able to (?:hire|consider))\b"
    r"|\b(?:can|are able to) only (?:hire|consider|employ)\b",
    re.IGNORECASE,
)


def _open_sentences(text: str) -> Iterator[str]:
    """The short sentences of `text` that exclude nothing ("… and is not open to candidates residing in
    Canada" is left out): where a cue on where the hire may work from is read."""
    sentences = (sentence for line in text.splitlines() for sentence in _SENTENCE_END.split(line))
    for sentence in sentences:
        if len(sentence.split()) <= MAX_MODE_SENTENCE_WORDS and not _NOT_ELIGIBLE.search(sentence):
            yield sentence


def _eligible_countries(text: str, *, only: bool = False, obliged: bool = False) -> Iterator[list[str]]:
    """The countries listed after each cue on where the hire may work from (`_open_sentences`); with
    `only`, in sentences that say the list is all ("we are currently only considering candidates …");
    with `obliged`, after a cue the hire must live by (`_obliged`)."""
    for sentence in _open_sentences(text):
        if (only and _ONLY.search(sentence) is None) or (obliged and _NOT_THE_HIRE.search(sentence)):
            continue
        for cue in _ELIGIBLE.finditer(sentence):
            if not obliged or _obliged(sentence, cue):
                yield [place for place in _listed_places(sentence, cue.end()) if _a_country(place)]


def _obliged(sentence: str, cue: re.Match[str]) -> bool:
    """Whether the hire must live where the cue says ("You must reside in"), not a work permit's place
    ("eligible to work in")."""
    lead = _MUST_LIVE.search(sentence, max(0, cue.start() - MAX_MUST_LEAD), cue.start())
    return lead is not None and not cue.group(0).lower().startswith("eligible")


# The whole of a country: "from anywhere in the U.S.", "zu 100% deutschlandweit im Homeoffice"
_COUNTRYWIDE = re.compile(
    r"\b(?:anywhere|überall)\s(?:with)?in\s(?:the\s)?|\b(?P<de>deutschlandweit|bundesweit)\b"
    # "100% remoto dentro de México", "solo para personas residentes en México", "partout en France"; not
    # English "residents of", too often an aside ("nationals (residents of American Samoa)")
    r"|\b(?:remoto|télétravail|teletrabajo)\s(?:\w+\s)?(?:dentro\sde|desde\scualquier\sparte\sde)\s"
    r"|\b(?:residentes|domiciliad[oa]s|résidant|résidents?)\s(?:en|au|aux)\s"
    r"|\bpartout\sen\s",
    re.IGNORECASE,
)


_HIRE_WORKS = re.compile(
    r"\b(?:work\w*|telecommut\w*|based|live|living|located|resid\w*|remote\w*|home\s?office\w*|arbeit\w*"
    r"|mobil\w*|remoto|télétravail|teletrabajo|trabaj\w*|travail\w*)",
    re.IGNORECASE,
)
_DOTTED_CODE = re.compile(r"(?:[A-Z]\.)+[A-Z]")


def _countrywide(text: str) -> list[str]:
    """The countries a sentence of `text` opens whole to the hire (`_open_sentences`)."""
    found: list[str] = []
    for sentence in _open_sentences(text):
        if not _HIRE_WORKS.search(sentence):
            continue  # "travel to customer sites anywhere in the U.S.", "deutschlandweit an 12 Standorten"
        for cue in _COUNTRYWIDE.finditer(sentence):
            named = ["Germany"] if cue.group("de") else _listed_places(sentence, cue.end())[:1]
            # the sentence's full stop was the code's last dot: "the U.S." -> "U.S."
            found += [
                f"{place}." if _DOTTED_CODE.fullmatch(place) else place
                for place in named
                if _a_country(place)
            ]
    return found


# "We are open to candidates across Australia and New Zealand", "open to anyone located in Europe"
_OPEN_TO = re.compile(rf"\bopen to {_OPEN_TO_WHOM}\s(?:the\s)?", re.IGNORECASE)


def _opened_to(text: str) -> list[str]:
    """The countries and regions a sentence of `text` opens the role to (`_OPEN_TO`)."""
    if "open to" not in text.lower():
        return []  # most postings: no sentence to split
    return [
        place
        for sentence in _open_sentences(text)
        for cue in _OPEN_TO.finditer(sentence)
        for place in _listed_places(sentence, cue.end())
        if is_wide(place)
    ]


def _with_eligible_countries(
    places: list[str], texts: tuple[str, str], remote: RemotePolicy | None
) -> list[str]:
    """The places with the countries and regions a sentence of the body or boilerplate (`texts`) opens the
    role to ("open to candidates across Australia and New Zealand"); a remote role's also with the others a
    sentence on where the hire may work names beside one of them: a header's "🌎 United States" and
    "physically based in the United States or Canada"."""
    if not places:
        return places
    opened = _opened_to("\n".join(texts))
    return [*_remote_countries(places, texts, remote), *(opened if _around(opened, places) else [])]


def _around(opened: list[str], places: list[str]) -> bool:
    """Whether the places a role is opened to take in the header's ("Sydney, Australia" and "across Australia
    and New Zealand"); a country far from them is a template's leftover ("🌎 Brazil" and "… in Ireland")."""
    keys = {place_identity(place) for place in places}
    return any(
        is_continent(wide) or place_identity(wide) in keys or any(in_country(place, wide) for place in places)
        for wide in opened
    )


def _remote_countries(places: list[str], texts: tuple[str, str], remote: RemotePolicy | None) -> list[str]:
    if remote != "remote":
        return places
    if all(map(is_continent, places)):
        # "🌎 Remote DACH" and "only considering candidates located in Germany, Austria, and Switzerland"
        named = next((found for found in _eligible_countries("\n".join(texts), only=True) if found), [])
        return named or places
    if not all(map(_a_country, places)):
        # beside a city the labels name its country as often as not, but always when the body opens the
        # whole country: "🌎 remote,Dallas, TX" and "telecommuting from anywhere in the U.S.", or says the
        # hire must live in the city's country: "Austin, TX (Remote)" and "You must reside in the United
        # States" (a trial: it had been remote anywhere)
        text = "\n".join(texts)
        return [*places, *_countrywide(text), *_eligible_around(places, text)]
    keys = {place_identity(place) for place in places}
    for named in _eligible_countries("\n".join(texts)):
        if keys & {place_identity(place) for place in named}:
            return [*places, *named]
    return places


def _eligible_around(places: list[str], text: str) -> list[str]:
    """For places that name no country ("Austin, TX"), the countries that hold one of their cities where a
    sentence requires the hire to live there ("You must reside in the United States", "the candidate needs
    to reside in the United Kingdom"); not the company's base ("We are based in France"), a benefit's
    ("employees based in Canada") nor a work permit ("eligible to work in the United States")."""
    if any(
        _a_country(part.strip()) and not is_state(part.strip())
        for place in places
        for part in place.split(",")
    ):
        return []  # "London, UK" says its country already ("Pleasanton, CA" does not: California)
    cities = [place.split(",")[0].strip() for place in places]
    return [
        country
        for named in _eligible_countries(text, obliged=True)
        for country in named
        if any(in_country(city, country) for city in cities)
    ]


# The obligation right before the cue: "You must reside in", "Applicants must be based in", "needs to
# reside in"; not a condition ("If you are based in the US you will need a home office") nor a duty of
# people there ("Candidates based in Canada must provide a SIN")
_MUST_LIVE = re.compile(
    r"\b(?:must|need(?:s)? to|required to|ha(?:ve|s) to)\s(?:(?:be|currently|physically|already)\s){0,2}$",
    re.IGNORECASE,
)
MAX_MUST_LEAD: Final = 40
_NOT_THE_HIRE = re.compile(
    r"\b(?:we|our|employees|teammates|team members|anywhere|worldwide|elsewhere|everyone else)\b",
    re.IGNORECASE,
)


# A university or institute named after its city: "Universität Münster", "University of Oxford", "INRIA
# Rennes", "RWTH Aachen", "Université de Lille". With no place stated anywhere, the labels give that city
# (8 of 9 such tuning postings; the ninth is a remote role). Not a degree's school, a partner, a
# customer or the founders' one.
_INSTITUTION_CITY = (
    re.compile(  # "University of Oxford", "Universität Münster"
        # (a founder's name joined before it: "Ruprecht-Karls-Universität Heidelberg")
        r"(?<!\w)(?:University|Universität|Université|Universidad|Università|Hochschule|Fachhochschule"
        r"|Technische Universität|TU|RWTH|Inria|INRIA|Politecnico|Politécnica)"
        r"\s(?:of\s|de\s|d'|del\s|der\s|zu\s|di\s)?([A-ZÀ-Ý][\w-]{1,30}(?:[ -][A-ZÀ-Ý][\w-]{1,30})?)"
    ),
    # "Oxford University"; a separate pattern, or "Die Universität" would hide "Universität Münster"
    re.compile(r"(?<![\w-])([A-ZÀ-Ý][\w-]{1,30}(?: [A-ZÀ-Ý][\w-]{1,30})?)\s(?:University|Universität)(?!\w)"),
)
# Before it (a list's earlier items too): a degree, a founding story, a partner, a customer, examples
_NOT_THE_EMPLOYER = re.compile(
    r"(?:from|graduat\w*|degree|alumn\w*|diplôme\w*|abschluss|título|titulado|phd|master'?s?|bachelor'?s?"
    r"|stud\w*|obtained|bac|grado|licence|spin-?off|spin-?out|found\w*|gegründet|fondée?|fundad[ao]"
    r"|issue de|out of|partner\w*|cooperat\w*|kooperation|collaborat\w*|colabora\w*|zusammen|together with"
    r"|started|launched|created|incubat\w*"  # "started by researchers at the University of California"
    r"|consorti\w*|konsortium|customers?|clients?|kunden|such as|z\.\s?b\.|e\.g\.|includ\w*|met at|with the"
    r"|mit der|avec l|con la|online)\W+(?:[\w.'-]+\W+){0,8}$",
    re.IGNORECASE,
)
# After it: "(… ou équivalent)", "oder vergleichbar", "Cambridge University Press"
_NOT_THE_EMPLOYER_AFTER = re.compile(
    r"\W{0,3}(?:press|or equivalent|ou équivalent|oder vergleichbar|o equivalente|or similar)\b",
    re.IGNORECASE,
)
MAX_DEGREE_LEAD: Final = 60  # characters before an institution read for "a degree from"


def institution_city(text: str) -> list[str]:
    """The city the first university or institute in `text` that is no degree's, partner's or customer's
    is named after, as `[city]`, or [] when none is (`_INSTITUTION_CITY`; the whole name a city of the
    gazetteer, `places.is_city`). Each match reads at most `MAX_DEGREE_LEAD` characters before it and a
    few after: linear in the text."""
    named = sorted((m for pattern in _INSTITUTION_CITY for m in pattern.finditer(text)), key=_start)
    for found in named:
        lead = text[max(0, found.start() - MAX_DEGREE_LEAD) : found.start()]  # a list's earlier items too
        if _NOT_THE_EMPLOYER.search(lead) or _NOT_THE_EMPLOYER_AFTER.match(text, found.end()):
            continue
        after = _CITY_AFTER.match(text, found.end())
        if after and is_city(after.group(1)):
            return [after.group(1)]  # "University of Washington, Seattle": the campus's city
        if is_city(found.group(1)):
            return [found.group(1)]
    return []


# The city after an institution's name: "University of Washington, Seattle", "Harvard University, Cambridge"
# The name must end the part: not "University of Mannheim, Chair of Information Systems", "…, Mission: …"
_CITY_AFTER = re.compile(
    r",[ \t]([A-ZÀ-Ý][\w-]{1,30}(?: [A-ZÀ-Ý][\w-]{1,30})?)(?![\w-])"
    r"(?!\s(?:of|for|and|&|de|der|des|du|für|y|et|in)\b|\s?:)"
)


def _start(found: re.Match[str]) -> int:
    return found.start()
