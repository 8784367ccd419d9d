# State only: the table exists already (home's, renamed by home 0007).

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('auth', '0012_alter_user_first_name_max_length'),
        ('wagtailcore', '0098_apitoken'),
        ('home', '0007_translator_groups_to_own_app'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[
            migrations.CreateModel(
                name='TranslatorGroup',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('group', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='translator_scope', to='auth.group', verbose_name='group')),
                    ('locale', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='translators', to='wagtailcore.locale', verbose_name='locale')),
                ],
                options={
                    'verbose_name': 'translators group',
                    'verbose_name_plural': 'translators groups',
                },
            ),
        ]),
    ]
